package org.onewindow.certificate;

/** What a certificate is worth today: the stored state combined with its validity dates. */
public enum CertificateStatus {
    /** Issued, not revoked or replaced, and today lies within its validity. */
    VALID,
    /** Issued but its first day of validity has not come yet. */
    NOT_YET_VALID,
    /** Its last day of validity has passed. */
    EXPIRED,
    /** Revoked by the issuing department. */
    REVOKED,
    /** Replaced by a newer certificate after a change. */
    SUPERSEDED
}
