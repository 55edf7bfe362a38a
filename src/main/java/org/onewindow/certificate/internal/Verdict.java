package org.onewindow.certificate.internal;

import org.onewindow.certificate.CertificateStatus;

/** What a verification answers. */
enum Verdict {
    GENUINE,
    NOT_YET_VALID,
    EXPIRED,
    REVOKED,
    SUPERSEDED,
    /** No such certificate, or the code does not match: the same answer, so that numbers cannot be probed. */
    UNKNOWN,
    /** An uploaded file whose signature does not check out against one of our department certificates. */
    TAMPERED;

    static Verdict of(CertificateStatus status) {
        return switch (status) {
            case VALID -> GENUINE;
            case NOT_YET_VALID -> NOT_YET_VALID;
            case EXPIRED -> EXPIRED;
            case REVOKED -> REVOKED;
            case SUPERSEDED -> SUPERSEDED;
        };
    }
}
