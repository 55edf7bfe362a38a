package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The applicant's open (unsubmitted) drafts, most recently saved first; at most 50.
 *
 * @param items the drafts
 */
@Schema(description = "Open drafts, most recently saved first; at most 50.")
public record DraftList(List<Entry> items) {

    /**
     * An open draft as a list shows it.
     *
     * @param id the draft id
     * @param kind {@code item} or {@code bundle}
     * @param code the item's or bundle's code
     * @param name its name
     * @param businessCreditCode the business applied for, or null
     * @param updatedAt when it was last saved
     */
    @Schema(name = "DraftSummary")
    public record Entry(UUID id, String kind, String code, String name, String businessCreditCode, Instant updatedAt) {}
}
