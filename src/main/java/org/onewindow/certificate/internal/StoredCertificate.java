package org.onewindow.certificate.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.onewindow.certificate.CertificateStatus;
import org.onewindow.certificate.Holder;

/**
 * A row of {@code certificate.certificate}; encrypted columns stay encrypted here.
 *
 * @param id stable id
 * @param number the certificate number
 * @param type the certificate type
 * @param typeName its name
 * @param holderKind person or business
 * @param holderIdentifier the encrypted identity number or credit code
 * @param holderName the holder's name
 * @param departmentId the issuing department
 * @param caseId the case it resulted from
 * @param validFrom first day of validity
 * @param validUntil last day of validity, {@code null} for long-term
 * @param state the stored state
 * @param document the encrypted signed JSON file
 * @param signerSha256 the fingerprint of the department certificate that signed it
 * @param issuedAt when it was issued
 * @param revokedAt when it was revoked
 * @param revocationReason why
 * @param supersedes the certificate it replaced
 * @param supersededBy the certificate that replaced it
 */
record StoredCertificate(
        UUID id,
        String number,
        String type,
        String typeName,
        Holder.Kind holderKind,
        String holderIdentifier,
        String holderName,
        UUID departmentId,
        UUID caseId,
        LocalDate validFrom,
        LocalDate validUntil,
        State state,
        String document,
        String signerSha256,
        Instant issuedAt,
        Instant revokedAt,
        String revocationReason,
        UUID supersedes,
        UUID supersededBy) {

    /** The stored lifecycle; expiry is not stored but follows from the dates. */
    enum State {
        ISSUED,
        REVOKED,
        SUPERSEDED
    }

    CertificateStatus status(LocalDate today) {
        return switch (state) {
            case REVOKED -> CertificateStatus.REVOKED;
            case SUPERSEDED -> CertificateStatus.SUPERSEDED;
            case ISSUED -> {
                if (validUntil != null && today.isAfter(validUntil)) {
                    yield CertificateStatus.EXPIRED;
                }
                yield today.isBefore(validFrom) ? CertificateStatus.NOT_YET_VALID : CertificateStatus.VALID;
            }
        };
    }
}
