package org.onewindow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One time limit as it stands at the moment it was read.
 *
 * @param id the limit's id, also carried by its events
 * @param subject what the limit is for
 * @param limit the limit as started, without extensions
 * @param extendedBy units added by extensions, in the limit's unit
 * @param extensions how many times the limit was extended
 * @param lastExtensionReason the reason given for the latest extension, or {@code null}
 * @param state running, paused, completed or cancelled
 * @param overdue running past its due time, paused after it, or finished after it
 * @param startedAt when the limit started counting
 * @param dueAt the last instant within the limit (day limits: 23:59:59.999999 China time of the
 *     due date); {@code null} while paused, since the due date depends on the resume date
 * @param dueDate the due date in China for day limits, {@code null} for clock hours or while paused
 * @param daysLeft for day limits, the working (or calendar) days after today up to the due date,
 *     negative when overdue; while paused, those left when the pause began; {@code null} for hours
 * @param timeLeft the time until {@code dueAt}, negative when overdue; for a paused clock-hour
 *     limit the time left when the pause began; {@code null} for a paused day limit
 * @param usedFraction how much of the limit (with extensions) is used: 0 at the start, 1 at the
 *     due time, above 1 when overdue; finished limits as of their finishing time
 * @param provisional whether the dates were counted without the holiday file of some year (as
 *     weekdays only) and will be recalculated when the file is added
 * @param missingCalendarYear the first year without a holiday file, or {@code null}
 * @param finishedAt when the limit was completed or cancelled, or {@code null}
 */
public record Deadline(
        UUID id,
        DeadlineSubject subject,
        TimeLimit limit,
        int extendedBy,
        int extensions,
        String lastExtensionReason,
        DeadlineState state,
        boolean overdue,
        Instant startedAt,
        Instant dueAt,
        LocalDate dueDate,
        Integer daysLeft,
        Duration timeLeft,
        double usedFraction,
        boolean provisional,
        Integer missingCalendarYear,
        Instant finishedAt) {

    /** The limit with its extensions, e.g. 30 working days for 20 extended by 10. */
    public TimeLimit totalLimit() {
        return extendedBy == 0 ? limit : limit.plus(extendedBy);
    }

    /**
     * For day limits, the days of the limit's unit used so far, or up to its finishing for a
     * finished limit, without the days it stood paused: 2 for a 10-working-day limit started on
     * Monday 2026-06-01 and completed on Wednesday 06-03, 11 for one completed a working day after
     * its due date. Counted with the working-day calendar like the due date. Empty for clock hours.
     */
    public Optional<Integer> daysUsed() {
        return daysLeft == null ? Optional.empty() : Optional.of(totalLimit().amount() - daysLeft);
    }

    /** The holiday file whose absence made this limit provisional, e.g. {@code calendar/holidays-2027.txt}. */
    public Optional<String> missingCalendarFile() {
        return Optional.ofNullable(missingCalendarYear).map(year -> "calendar/holidays-" + year + ".txt");
    }
}
