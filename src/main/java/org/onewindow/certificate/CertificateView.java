package org.onewindow.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A certificate as other modules and the holder see it; the holder's identifier is masked.
 *
 * @param id stable id
 * @param number the certificate number, e.g. {@code BL-2026-000123}
 * @param type the certificate type, e.g. {@code business_licence}
 * @param typeName its name, e.g. 营业执照
 * @param holderKind person or business
 * @param holderName the holder's name
 * @param holderMasked the holder's masked identifier
 * @param fields what the certificate states
 * @param validFrom the first day of validity
 * @param validUntil the last day of validity, {@code null} for long-term
 * @param departmentId the issuing department
 * @param caseId the case it resulted from
 * @param status what it is worth today
 * @param issuedAt when it was issued
 * @param revokedAt when it was revoked, or {@code null}
 * @param revocationReason why it was revoked, or {@code null}
 * @param supersededBy the certificate that replaced it, or {@code null}
 */
public record CertificateView(
        UUID id,
        String number,
        String type,
        String typeName,
        Holder.Kind holderKind,
        String holderName,
        String holderMasked,
        Map<String, String> fields,
        LocalDate validFrom,
        LocalDate validUntil,
        UUID departmentId,
        UUID caseId,
        CertificateStatus status,
        Instant issuedAt,
        Instant revokedAt,
        String revocationReason,
        UUID supersededBy) {

    public boolean valid() {
        return status == CertificateStatus.VALID;
    }
}
