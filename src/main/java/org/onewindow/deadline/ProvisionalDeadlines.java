package org.onewindow.deadline;

import java.util.SortedSet;

/**
 * Time limits counted without some year's holiday file, and their recalculation once it is there.
 *
 * <p>The State Council publishes a year's holidays each November; until the file
 * {@code calendar/holidays-YYYY.txt} is added, days of that year are counted as weekdays only and
 * the limits that reach into it are marked provisional, with a warning in the log each time.
 */
public interface ProvisionalDeadlines {

    /** How many active limits are provisional (also the gauge {@code onewindow.deadline.provisional}). */
    long count();

    /** The years whose holiday files active provisional limits wait for. */
    SortedSet<Integer> missingYears();

    /**
     * Reloads the holiday files (classpath and {@code onewindow.deadline.calendar-dir}) and
     * recalculates every active provisional limit; runs at start-up too.
     *
     * @return how many limits were recalculated
     */
    int reloadCalendarAndRecalculate();
}
