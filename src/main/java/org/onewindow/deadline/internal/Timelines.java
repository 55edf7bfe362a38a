package org.onewindow.deadline.internal;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DueDates;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.deadline.LimitPause;
import org.onewindow.deadline.TimeLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link Timeline} arithmetic with the current calendar, and warns about every provisional
 * result: to the limits' rows, and to the courses other modules keep in theirs ({@link DueDates}).
 */
@Component
class Timelines implements DueDates {

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

    @Override
    public DueSchedule schedule(TimeLimit total, Instant startedAt, List<LimitPause> pauses, Instant pausedAt) {
        Course course = new Course(total, startedAt,
                pauses.stream().map(p -> new Pause(p.pausedAt(), p.resumedAt())).toList(), pausedAt);
        Schedule schedule = timeline().schedule(course);
        if (schedule.provisional()) {
            log.warn("A due date counted from {} is provisional: {} counted as weekdays only, due {}; add {}",
                    startedAt, schedule.missingYears(), schedule.dueAt(),
                    HolidayFiles.resourceName(schedule.missingYear()));
        }
        return new DueSchedule(schedule.dueDate(), schedule.dueAt(), schedule.dueSoonAt(),
                schedule.daysLeftAtPause() == null ? null : Math.toIntExact(schedule.daysLeftAtPause()),
                schedule.missingYear());
    }

    @Override
    public boolean calendarCovers(int year) {
        return calendar.current().covers(year);
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
