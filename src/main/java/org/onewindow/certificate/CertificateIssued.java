package org.onewindow.certificate;

import java.util.UUID;

/**
 * A certificate was issued; carries ids and codes only, never personal data.
 *
 * @param certificateId the new certificate
 * @param number its number
 * @param certificateType its type
 * @param caseId the case it resulted from
 * @param departmentId the issuing department
 * @param superseded the certificate it replaced, or {@code null}
 */
public record CertificateIssued(
        UUID certificateId, String number, String certificateType, UUID caseId, UUID departmentId, UUID superseded) {}
