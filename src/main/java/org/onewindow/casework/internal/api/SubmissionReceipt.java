package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The cases a submission created, one per item; a repeated submission answers exactly the same.
 *
 * @param draftId the draft submitted
 * @param applications the cases created, ordered by item code
 */
@Schema(description = "The cases a submission created; identical for every retry.")
public record SubmissionReceipt(UUID draftId, List<Receipt> applications) {

    /**
     * One created case.
     *
     * @param id the case id
     * @param receiptNumber its receipt number
     * @param itemCode the service item
     * @param itemName the item's name
     * @param bundleSubmissionId the bundle submission linking the cases, or null
     * @param submittedAt when it was submitted
     */
    @Schema(name = "Receipt")
    public record Receipt(
            UUID id,
            String receiptNumber,
            String itemCode,
            String itemName,
            UUID bundleSubmissionId,
            Instant submittedAt) {}
}
