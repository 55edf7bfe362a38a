package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    @Test
    void acceptsTheStandardsVector() {
        CreditCode code = CreditCode.parse("91350100M000100Y43");

        assertThat(code.value()).isEqualTo("91350100M000100Y43");
        assertThat(code.divisionCode()).isEqualTo("350100");
        assertThat(code).hasToString("91350100M000100Y43");
    }

    @Test
    void upperCasesAndTrimsInput() {
        assertThat(CreditCode.parse(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void completesSeventeenCharactersWithTheirCheckCharacter() {
        assertThat(CreditCode.withChecksum("91350100M000100Y4").value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.withChecksum("91110000MA01ABCD0").value()).isEqualTo("91110000MA01ABCD0J");
        assertThat(CreditCode.withChecksum("12350000MB0000000").value()).isEqualTo("12350000MB0000000N");
    }

    @Test
    void refusesToCompleteABodyOfWrongLengthOrCharacters() {
        assertThatThrownBy(() -> CreditCode.withChecksum("91350100M000100Y"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.code()).isEqualTo("credit_code_invalid_length"));
        assertThatThrownBy(() -> CreditCode.withChecksum("91350100M000100I4"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.code()).isEqualTo("credit_code_invalid_character"));
    }

    @Test
    void masksTheOrganisationCode() {
        assertThat(CreditCode.parse("91350100M000100Y43").masked()).isEqualTo("91350100********43");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y431", "913501 00M000100Y43"})
    void rejectsWrongLength(String input) {
        assertRejected(input, IdentifierError.CREDIT_CODE_INVALID_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91350100I000100Y43",
        "91350100O000100Y43",
        "91350100S000100Y43",
        "91350100V000100Y43",
        "91350100Z000100Y43",
        "91350100M000100Y4I",
        "91350100M-00100Y43",
        "91350100Ｍ000100Y43" // full-width M
    })
    void rejectsForbiddenCharacters(String input) {
        assertRejected(input, IdentifierError.CREDIT_CODE_INVALID_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y40", "91350100M000100Y4Y", "81350100M000100Y43"})
    void rejectsWrongCheckCharacter(String input) {
        assertRejected(input, IdentifierError.CREDIT_CODE_INVALID_CHECKSUM);
    }

    @Test
    void tellsWhetherInputIsValid() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
    }

    private static void assertRejected(String input, IdentifierError error) {
        assertThatThrownBy(() -> CreditCode.parse(input))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.error()).isEqualTo(error));
    }
}
