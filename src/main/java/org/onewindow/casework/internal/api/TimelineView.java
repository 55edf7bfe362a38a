package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A case's timeline, oldest first.
 *
 * @param entries what happened to the case
 */
@Schema(description = "A case's timeline, oldest first.")
public record TimelineView(List<Entry> entries) {

    /**
     * One thing that happened to a case.
     *
     * @param at when
     * @param kind what, in snake_case ({@code submitted}, {@code withdrawn}, …)
     * @param actorName who did it, or null
     * @param detail a remark, or null
     */
    @Schema(name = "TimelineEntry")
    public record Entry(Instant at, @Schema(example = "submitted") String kind, String actorName, String detail) {}
}
