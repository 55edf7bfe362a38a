package org.onewindow.certificate;

import java.util.UUID;

/**
 * A certificate was revoked by its issuing department; ids and codes only.
 *
 * @param certificateId the revoked certificate
 * @param number its number
 * @param caseId the case it resulted from
 * @param departmentId the issuing department
 */
public record CertificateRevoked(UUID certificateId, String number, UUID caseId, UUID departmentId) {}
