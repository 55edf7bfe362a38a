package org.onewindow.certificate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What {@code casework} asks to be issued when a case ends with a certificate.
 *
 * @param caseId the case the certificate results from; issuing is idempotent per case and type
 * @param certificateType the catalogue's certificate type, e.g. {@code business_licence}
 * @param holder whom it is issued to
 * @param fields what the certificate states, by field name (see docs/certificates.md for the
 *     names each layout prints); values are text, kept in the given order
 * @param validFrom the first day it is valid
 * @param validUntil the last day it is valid, or {@code null} for long-term (长期)
 * @param departmentId the issuing department, whose key signs it
 * @param supersedes the certificate this one replaces after a change, or {@code null}
 */
public record IssueRequest(
        UUID caseId,
        String certificateType,
        Holder holder,
        Map<String, String> fields,
        LocalDate validFrom,
        LocalDate validUntil,
        UUID departmentId,
        UUID supersedes) {

    public IssueRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(certificateType, "certificateType");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(departmentId, "departmentId");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new CertificateException(CertificateError.VALIDITY_INVALID, "validUntil is before validFrom");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        (fields == null ? Map.<String, String>of() : fields).forEach((name, value) -> {
            if (name == null || name.isBlank() || value == null) {
                throw new CertificateException(CertificateError.FIELDS_INVALID, "fields need a name and a value");
            }
            copy.put(name, value);
        });
        fields = Collections.unmodifiableMap(copy);
    }

    /** A first issue (nothing superseded). */
    public static IssueRequest of(UUID caseId, String certificateType, Holder holder, Map<String, String> fields,
            LocalDate validFrom, LocalDate validUntil, UUID departmentId) {
        return new IssueRequest(caseId, certificateType, holder, fields, validFrom, validUntil, departmentId, null);
    }

    /** The same request replacing an earlier certificate (re-issue after a change case). */
    public IssueRequest superseding(UUID earlierCertificateId) {
        return new IssueRequest(caseId, certificateType, holder, fields, validFrom, validUntil, departmentId,
                earlierCertificateId);
    }
}
