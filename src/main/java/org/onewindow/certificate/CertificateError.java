package org.onewindow.certificate;

import java.util.Locale;

/** Stable error codes of the certificate module; clients and tests rely on the code, not the text. */
public enum CertificateError {
    CERTIFICATE_NOT_FOUND(404),
    CERTIFICATE_TYPE_UNKNOWN(400),
    DEPARTMENT_UNKNOWN(400),
    HOLDER_INVALID(400),
    VALIDITY_INVALID(400),
    FIELDS_INVALID(400),
    SUPERSEDED_CERTIFICATE_MISMATCH(409),
    CERTIFICATE_NOT_REVOCABLE(409),
    REVOCATION_REASON_REQUIRED(400),
    RATE_LIMITED(429),
    DOCUMENT_UNREADABLE(400),
    DOCUMENT_TOO_LARGE(413);

    private final int status;

    CertificateError(int status) {
        this.status = status;
    }

    /** The snake_case code, e.g. {@code certificate_not_found}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The HTTP status the code maps to. */
    public int status() {
        return status;
    }
}
