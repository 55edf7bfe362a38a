package org.onewindow.deadline.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SortedSet;
import java.util.TreeSet;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.deadline.LimitUnit;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.WorkingDayCalendar;

/**
 * Derives due times from a limit's course: the arithmetic of STANDARDS.md, free of storage.
 *
 * <p>Day limits are due at the end (23:59:59.999999, China time) of the n-th working or calendar
 * day after the start date, and pause in whole days: days are used up to and including the day
 * of the pause and counted again after the resume date. Clock-hour limits are due n hours after
 * the start plus the time spent paused.
 */
final class Timeline {

    private static final ZoneId ZONE = ChinaTime.ZONE;
    private static final double ROUNDING = 1e-9;

    private final WorkingDayCalendar calendar;
    private final double dueSoonThreshold;

    Timeline(WorkingDayCalendar calendar, double dueSoonThreshold) {
        if (!(dueSoonThreshold > 0 && dueSoonThreshold < 1)) {
            throw new IllegalArgumentException("the due-soon threshold must lie between 0 and 1");
        }
        this.calendar = calendar;
        this.dueSoonThreshold = dueSoonThreshold;
    }

    Schedule schedule(Course course) {
        return course.total().unit().countsDays() ? scheduleDays(course, counter(course)) : scheduleHours(course);
    }

    /** Where the limit stands at {@code at} (now, or when it was finished). */
    Progress progress(Course course, Instant at) {
        DayCounter days = counter(course);
        Schedule schedule = course.total().unit().countsDays() ? scheduleDays(course, days) : scheduleHours(course);
        long total = course.total().amount();
        if (course.total().unit().countsDays()) {
            long left = schedule.dueAt() == null
                    ? schedule.daysLeftAtPause()
                    : days.between(date(at), schedule.dueDate());
            Duration timeLeft = schedule.dueAt() == null ? null : Duration.between(at, schedule.dueAt());
            boolean overdue = schedule.dueAt() == null ? left < 0 : at.isAfter(schedule.dueAt());
            return new Progress(left, timeLeft, (total - left) / (double) total, overdue, days.missingYears());
        }
        Duration timeLeft = schedule.dueAt() == null
                ? schedule.timeLeftAtPause()
                : Duration.between(at, schedule.dueAt());
        double used = 1 - timeLeft.toMillis() / (double) Duration.ofHours(total).toMillis();
        return new Progress(null, timeLeft, used, timeLeft.isNegative(), new TreeSet<>());
    }

    /** The end of a due date: its last microsecond, the precision PostgreSQL stores. */
    static Instant endOf(LocalDate date) {
        return DueSchedule.endOf(date);
    }

    static LocalDate date(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    private DayCounter counter(Course course) {
        return new DayCounter(calendar, course.total().unit() == LimitUnit.WORKING_DAYS);
    }

    private Schedule scheduleDays(Course course, DayCounter days) {
        LocalDate base = date(course.startedAt());
        long left = course.total().amount();
        for (Pause pause : course.pauses()) {
            left -= days.between(base, date(pause.pausedAt()));
            base = date(pause.resumedAt());
        }
        if (course.paused()) {
            left -= days.between(base, date(course.pausedAt()));
            return new Schedule(null, null, null, left, null, copy(days.missingYears()));
        }
        LocalDate due = days.plus(base, left);
        LocalDate lastDayBeforeDueSoon = days.plus(due, -daysLeftWhenDueSoon(course.total().amount()));
        Instant dueSoonAt = lastDayBeforeDueSoon.plusDays(1).atStartOfDay(ZONE).toInstant();
        return new Schedule(endOf(due), due, dueSoonAt, null, null, copy(days.missingYears()));
    }

    private Schedule scheduleHours(Course course) {
        Duration total = Duration.ofHours(course.total().amount());
        Duration paused = course.pauses().stream().map(Pause::length).reduce(Duration.ZERO, Duration::plus);
        if (course.paused()) {
            Duration used = Duration.between(course.startedAt(), course.pausedAt()).minus(paused);
            return new Schedule(null, null, null, null, total.minus(used), new TreeSet<>());
        }
        Instant dueAt = course.startedAt().plus(total).plus(paused);
        Duration warning = Duration.ofMillis(Math.round(total.toMillis() * (1 - dueSoonThreshold)));
        return new Schedule(dueAt, null, dueAt.minus(warning), null, null, new TreeSet<>());
    }

    /**
     * The whole days left when a day limit becomes due soon: 4 of 20 at 80%, and at least the last
     * day, so that even a one-day limit is announced before it passes.
     */
    private long daysLeftWhenDueSoon(long total) {
        long used = (long) Math.ceil(total * dueSoonThreshold - ROUNDING);
        return total - Math.min(used, total - 1);
    }

    private static SortedSet<Integer> copy(SortedSet<Integer> years) {
        return new TreeSet<>(years);
    }
}
