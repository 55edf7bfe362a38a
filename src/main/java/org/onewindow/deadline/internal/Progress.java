package org.onewindow.deadline.internal;

import java.time.Duration;
import java.util.SortedSet;

/**
 * How far a time limit has come at a given instant.
 *
 * @param daysLeft days after that day up to the due date (day limits), else {@code null}
 * @param timeLeft the time until the due time, or what a paused hour limit had left; {@code null}
 *     for a paused day limit
 * @param usedFraction the share of the limit used, above 1 when overdue
 * @param overdue whether the due time had passed
 * @param missingYears the years counted as weekdays only for lack of a holiday file
 */
record Progress(
        Long daysLeft, Duration timeLeft, double usedFraction, boolean overdue, SortedSet<Integer> missingYears) {}
