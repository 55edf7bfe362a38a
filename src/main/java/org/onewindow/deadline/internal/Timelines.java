package org.onewindow.deadline.internal;

import java.time.Instant;
import java.util.SortedSet;
import java.util.TreeSet;
import org.onewindow.deadline.Deadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Applies the {@link Timeline} arithmetic with the current calendar, and warns about every provisional result. */
@Component
class Timelines {

    private static final Logger log = LoggerFactory.getLogger(Timelines.class);

    private final DeadlineCalendar calendar;
    private final double dueSoonThreshold;

    Timelines(DeadlineCalendar calendar, DeadlineProperties properties) {
        this.calendar = calendar;
        this.dueSoonThreshold = properties.dueSoonThreshold();
        timeline();
    }

    /** The row with its due times derived again from its course. */
    LimitRow schedule(LimitRow row) {
        Schedule schedule = timeline().schedule(row.course());
        if (schedule.provisional()) {
            log.warn("Time limit {} of {} is provisional: {} counted as weekdays only, due {}; add {}",
                    row.id(), row.subject(), schedule.missingYears(), schedule.dueAt(),
                    HolidayFiles.resourceName(schedule.missingYear()));
        }
        return row.scheduled(schedule);
    }

    /** The row as the API shows it at {@code now}; finished limits as of their finishing time. */
    Deadline view(LimitRow row, Instant now) {
        Instant at = row.finishedAt() != null ? row.finishedAt() : now;
        Progress progress = timeline().progress(row.course(), at);
        SortedSet<Integer> missing = new TreeSet<>(progress.missingYears());
        if (row.missingYear() != null) {
            missing.add(row.missingYear());
        }
        return new Deadline(
                row.id(),
                row.subject(),
                row.limit(),
                row.extendedBy(),
                row.extensions(),
                row.extensionReason(),
                row.state(),
                progress.overdue(),
                row.startedAt(),
                row.dueAt(),
                row.limit().unit().countsDays() && row.dueAt() != null ? Timeline.date(row.dueAt()) : null,
                progress.daysLeft() == null ? null : Math.toIntExact(progress.daysLeft()),
                progress.timeLeft(),
                progress.usedFraction(),
                !missing.isEmpty(),
                missing.isEmpty() ? null : missing.first(),
                row.finishedAt());
    }

    private Timeline timeline() {
        return new Timeline(calendar.current(), dueSoonThreshold);
    }
}
