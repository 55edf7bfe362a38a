package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A case as a list shows it.
 *
 * @param id the case id
 * @param receiptNumber the receipt number (year, item, sequence)
 * @param itemCode the service item
 * @param itemName the item's name
 * @param status where the case stands, in snake_case
 * @param withdrawable whether the applicant may still withdraw it
 * @param businessName the business applied for, or null
 * @param submittedAt when it was submitted
 * @param updatedAt when its status last changed
 */
@Schema(description = "A case as a list shows it.")
public record CaseSummary(
        UUID id,
        @Schema(example = "2026-1123-00000042") String receiptNumber,
        @Schema(example = "unemployment-registration") String itemCode,
        @Schema(example = "失业登记") String itemName,
        @Schema(example = "submitted", allowableValues = {"submitted", "accepted", "correction_requested",
                "under_review", "approved", "rejected", "not_accepted", "withdrawn", "closed"}) String status,
        boolean withdrawable,
        String businessName,
        Instant submittedAt,
        Instant updatedAt) {}
