package org.onewindow.casework;

import java.util.UUID;

/**
 * A case was submitted; carries ids and codes only, never personal data.
 *
 * @param applicationId the case
 * @param receiptNumber its receipt number
 * @param itemCode the service item
 * @param acceptingDepartmentId the department that accepts it (resolved to the applicant's district)
 * @param bundleSubmissionId the bundle submission it belongs to, or null
 * @param applicantId the citizen account that applied
 */
public record ApplicationSubmitted(
        UUID applicationId,
        String receiptNumber,
        String itemCode,
        UUID acceptingDepartmentId,
        UUID bundleSubmissionId,
        UUID applicantId) {}
