package org.onewindow.deadline;

import java.time.Instant;
import java.time.LocalDate;
import org.onewindow.shared.ChinaTime;

/**
 * The due times that {@link DueDates} derived from a limit's course.
 *
 * @param dueDate the due date of a day limit; {@code null} for clock hours or while paused
 * @param dueAt the last instant within the limit; {@code null} while paused
 * @param dueSoonAt when the due-soon share of the limit is used; {@code null} while paused
 * @param daysLeftAtPause the days a paused day limit had left at its pause (negative if overdue), else {@code null}
 * @param missingYear the first year counted as weekdays only for lack of its holiday file, or {@code null}
 */
public record DueSchedule(
        LocalDate dueDate, Instant dueAt, Instant dueSoonAt, Integer daysLeftAtPause, Integer missingYear) {

    /** Whether the dates were counted without some year's holiday file and will move when it is added. */
    public boolean provisional() {
        return missingYear != null;
    }

    /** The end of a due date in China: its last microsecond, the precision PostgreSQL stores. */
    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant().minusNanos(1_000);
    }
}
