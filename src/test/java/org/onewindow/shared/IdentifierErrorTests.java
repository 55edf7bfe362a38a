package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierErrorTests {

    @Test
    void codesAreSnakeCaseNames() {
        assertThat(IdentifierError.ID_NUMBER_INVALID_CHECKSUM.code()).isEqualTo("id_number_invalid_checksum");
        assertThat(IdentifierError.MOBILE_INVALID.code()).isEqualTo("mobile_invalid");
    }

    @Test
    void exceptionExposesTheCode() {
        InvalidIdentifierException e = new InvalidIdentifierException(IdentifierError.CREDIT_CODE_INVALID_LENGTH, "x");

        assertThat(e.code()).isEqualTo("credit_code_invalid_length");
        assertThat(e.error()).isEqualTo(IdentifierError.CREDIT_CODE_INVALID_LENGTH);
    }
}
