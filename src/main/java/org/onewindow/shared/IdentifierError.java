package org.onewindow.shared;

import java.util.Locale;

/** Why an identifier was rejected, as a stable snake_case code for APIs and forms. */
public enum IdentifierError {
    ID_NUMBER_INVALID_LENGTH,
    ID_NUMBER_INVALID_CHARACTER,
    ID_NUMBER_INVALID_DATE,
    ID_NUMBER_INVALID_CHECKSUM,
    CREDIT_CODE_INVALID_LENGTH,
    CREDIT_CODE_INVALID_CHARACTER,
    CREDIT_CODE_INVALID_CHECKSUM,
    MOBILE_INVALID,
    DIVISION_CODE_INVALID;

    /** The code as it appears in API errors, e.g. {@code id_number_invalid_checksum}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
