package org.onewindow.shared;

/**
 * Thrown when an identifier does not parse; carries a stable error code.
 *
 * <p>Messages never repeat the rejected value, because it may be personal data and
 * messages end up in logs.
 */
public class InvalidIdentifierException extends RuntimeException {

    private final IdentifierError error;

    InvalidIdentifierException(IdentifierError error, String message) {
        super(message);
        this.error = error;
    }

    public IdentifierError error() {
        return error;
    }

    /** The stable snake_case code, e.g. {@code credit_code_invalid_checksum}. */
    public String code() {
        return error.code();
    }
}
