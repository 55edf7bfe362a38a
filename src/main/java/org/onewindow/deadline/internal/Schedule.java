package org.onewindow.deadline.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;

/**
 * The due times derived from a {@link Course}.
 *
 * @param dueAt the last instant within the limit, {@code null} while paused
 * @param dueDate the due date of a day limit, {@code null} for clock hours or while paused
 * @param dueSoonAt when the due-soon share of the limit is used, {@code null} while paused
 * @param daysLeftAtPause the days a paused day limit had left (negative if overdue), else {@code null}
 * @param timeLeftAtPause the time a paused clock-hour limit had left, else {@code null}
 * @param missingYears the years counted as weekdays only for lack of a holiday file
 */
record Schedule(
        Instant dueAt,
        LocalDate dueDate,
        Instant dueSoonAt,
        Long daysLeftAtPause,
        Duration timeLeftAtPause,
        SortedSet<Integer> missingYears) {

    boolean provisional() {
        return !missingYears.isEmpty();
    }

    /** The first year without a holiday file, or {@code null}. */
    Integer missingYear() {
        return missingYears.isEmpty() ? null : missingYears.first();
    }
}
