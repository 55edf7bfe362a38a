package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTests {

    private static final Clock NOV_22_2026 = Clock.fixed(
            LocalDateTime.of(2026, 11, 22, 12, 0).atZone(ChinaTime.ZONE).toInstant(), ChinaTime.ZONE);

    @Test
    void acceptsTheStandardsVector() {
        IdNumber id = IdNumber.parse("11010519491231002X", NOV_22_2026);

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.divisionCode()).isEqualTo("110105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.foreignPermanentResident()).isFalse();
    }

    @Test
    void normalisesLowerCaseXAndSurroundingWhitespace() {
        assertThat(IdNumber.parse("  11010519491231002x\u3000", NOV_22_2026).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void acceptsForeignPermanentResidentNumberStartingWithNine() {
        IdNumber id = IdNumber.parse("935840198507150010", NOV_22_2026);

        assertThat(id.foreignPermanentResident()).isTrue();
        assertThat(id.gender()).isEqualTo(Gender.MALE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 7, 15));
    }

    @Test
    void readsMaleFromOddSequence() {
        assertThat(IdNumber.parse("110105199003071239", NOV_22_2026).gender()).isEqualTo(Gender.MALE);
        assertThat(IdNumber.parse("350102198811110524", NOV_22_2026).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void acceptsLeapDayAndBirthToday() {
        assertThat(IdNumber.isValid("350102200002290019")).isTrue();
        assertThat(IdNumber.parse("110105202611221231", NOV_22_2026).birthDate()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void completesSeventeenDigitsWithTheirCheckCharacter() {
        assertThat(IdNumber.withChecksum("11010519491231002").value()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.withChecksum("93584019850715001").value()).isEqualTo("935840198507150010");
    }

    @Test
    void refusesToCompleteABodyThatIsNotSeventeenDigits() {
        assertThatThrownBy(() -> IdNumber.withChecksum("1101051949123100"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.code()).isEqualTo("id_number_invalid_length"));
        assertThatThrownBy(() -> IdNumber.withChecksum("1101051949123100X"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.code()).isEqualTo("id_number_invalid_character"));
    }

    @Test
    void masksAllButTheDivisionCodeAndTheLastFour() {
        IdNumber id = IdNumber.parse("11010519491231002X", NOV_22_2026);

        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id).hasToString("110105********002X");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"11010519491231002", "11010519491231002X1", "110105 19491231002X"})
    void rejectsWrongLength(String input) {
        assertRejected(input, IdentifierError.ID_NUMBER_INVALID_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1101051949123100XX", // X inside the body
        "11010519491231A02X", // letter in the sequence
        "11010519491231002Y", // check character not a digit or X
        "11010519491231002-",
        "１１0105194912310020" // full-width digits
    })
    void rejectsCharactersOutsideTheFormat(String input) {
        assertRejected(input, IdentifierError.ID_NUMBER_INVALID_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "110105199002301231", // 30 February
        "11010519901301123X", // month 13
        "110105194902291232", // 29 February in a common year
        "110105000001011231", // year 0
        "110105179912311238", // before 1800
        "110105202611231237" // tomorrow
    })
    void rejectsBirthDatesThatDoNotExistOrLieInTheFuture(String input) {
        assertRejected(input, IdentifierError.ID_NUMBER_INVALID_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "110105194912310020", "11010519491231003X", "935840198507150011"})
    void rejectsWrongCheckCharacter(String input) {
        assertRejected(input, IdentifierError.ID_NUMBER_INVALID_CHECKSUM);
    }

    @Test
    void doesNotRepeatTheRejectedNumberInTheMessage() {
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021", NOV_22_2026))
                .hasMessageNotContaining("110105194912310021");
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002X, true", "110105194912310021, false", "not an id, false"})
    void tellsWhetherInputIsValid(String input, boolean valid) {
        assertThat(IdNumber.isValid(input)).isEqualTo(valid);
    }

    private static void assertRejected(String input, IdentifierError error) {
        assertThatThrownBy(() -> IdNumber.parse(input, NOV_22_2026))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.error()).isEqualTo(error));
    }
}
