package org.onewindow.deadline.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.onewindow.shared.WorkingDayCalendar;

/**
 * Counts working days (or all calendar days) and, unlike the strict calendar, does not stop at a
 * year without a holiday file: it counts that year's weekdays and remembers the year, so that the
 * result is known to be provisional.
 *
 * <p>One counter serves one computation; it is not thread-safe.
 */
final class DayCounter {

    private final WorkingDayCalendar calendar;
    private final boolean workingDaysOnly;
    private final SortedSet<Integer> missingYears = new TreeSet<>();

    DayCounter(WorkingDayCalendar calendar, boolean workingDaysOnly) {
        this.calendar = calendar;
        this.workingDaysOnly = workingDaysOnly;
    }

    boolean counts(LocalDate date) {
        if (!workingDaysOnly) {
            return true;
        }
        if (calendar.covers(date.getYear())) {
            return calendar.isWorkingDay(date);
        }
        missingYears.add(date.getYear());
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th counted day after {@code start}, or before it when {@code n} is negative. */
    LocalDate plus(LocalDate start, long n) {
        int step = n < 0 ? -1 : 1;
        LocalDate date = start;
        for (long left = Math.abs(n); left > 0; ) {
            date = date.plusDays(step);
            if (counts(date)) {
                left--;
            }
        }
        return date;
    }

    /** The counted days after {@code fromExclusive} up to {@code toInclusive}; negative when reversed. */
    long between(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -between(toInclusive, fromExclusive);
        }
        long count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (counts(date)) {
                count++;
            }
        }
        return count;
    }

    /** The years counted as weekdays only because their holiday file is missing. */
    SortedSet<Integer> missingYears() {
        return Collections.unmodifiableSortedSet(missingYears);
    }
}
