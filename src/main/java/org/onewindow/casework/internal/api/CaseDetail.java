package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One case in full, with the other cases of its bundle submission.
 *
 * @param id the case id
 * @param receiptNumber the receipt number
 * @param itemCode the service item
 * @param itemName the item's name
 * @param status where the case stands, in snake_case
 * @param withdrawable whether the applicant may still withdraw it
 * @param submittedAt when it was submitted
 * @param updatedAt when its status last changed
 * @param draftId the draft it was submitted from
 * @param businessCreditCode the business applied for, or null
 * @param businessName the business's name, or null
 * @param department the accepting department, or null while not yet routed
 * @param bundleSubmissionId the bundle submission it belongs to, or null
 * @param bundleCases the other cases created by the same bundle submission
 */
@Schema(description = "One case in full.")
public record CaseDetail(
        UUID id,
        String receiptNumber,
        String itemCode,
        String itemName,
        @Schema(example = "submitted") String status,
        boolean withdrawable,
        Instant submittedAt,
        Instant updatedAt,
        UUID draftId,
        String businessCreditCode,
        String businessName,
        DepartmentView department,
        UUID bundleSubmissionId,
        List<CaseSummary> bundleCases) {}
