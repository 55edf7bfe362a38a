package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"13800001234", "138 0000 1234", "138-0000-1234", "+8613800001234", "+86 138 0000 1234"})
    void stripsSeparatorsAndCountryPrefix(String input) {
        assertThat(MobileNumber.parse(input).value()).isEqualTo("13800001234");
    }

    @Test
    void keepsANumberWhoseDigitsStartWithEightySix() {
        assertThatThrownBy(() -> MobileNumber.parse("8613800001234"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.code()).isEqualTo("mobile_invalid"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "12800001234", // second digit below 3
        "1380000123", // too short
        "138000012345", // too long
        "23800001234", // not starting with 1
        "1380000123a",
        "+85213800001234", // another country
        "１３８00001234" // full-width digits
    })
    void rejectsNumbersOutsideTheMainlandFormat(String input) {
        assertThatThrownBy(() -> MobileNumber.parse(input))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.error()).isEqualTo(IdentifierError.MOBILE_INVALID));
    }

    @Test
    void masksTheMiddleFourDigits() {
        MobileNumber mobile = MobileNumber.parse("13800001234");

        assertThat(mobile.masked()).isEqualTo("138****1234");
        assertThat(mobile).hasToString("138****1234");
    }

    @Test
    void tellsWhetherInputIsValid() {
        assertThat(MobileNumber.isValid("19912345678")).isTrue();
        assertThat(MobileNumber.isValid("10012345678")).isFalse();
    }
}
