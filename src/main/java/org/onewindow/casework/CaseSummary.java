package org.onewindow.casework;

import java.util.UUID;

/**
 * What another module may know of a case: ids and codes only.
 *
 * @param caseId the case (the workflow's business key)
 * @param applicantId the citizen account that applied
 * @param receiptNumber the receipt number the applicant was given
 * @param itemCode the service item
 * @param status where the case stands
 * @param responsibleDepartmentId the department that accepts and decides the case (the accepting
 *     department resolved to the applicant's district), or {@code null} if none was found
 */
public record CaseSummary(
        UUID caseId,
        UUID applicantId,
        String receiptNumber,
        String itemCode,
        ApplicationStatus status,
        UUID responsibleDepartmentId) {}
