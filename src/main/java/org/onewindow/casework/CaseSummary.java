package org.onewindow.casework;

import java.util.UUID;

/**
 * What another module may know of a case: ids and codes only.
 *
 * @param caseId the case (the workflow's business key)
 * @param applicantId the citizen account that applied
 * @param receiptNumber the receipt number the applicant was given
 * @param itemCode the service item
 */
public record CaseSummary(UUID caseId, UUID applicantId, String receiptNumber, String itemCode) {}
