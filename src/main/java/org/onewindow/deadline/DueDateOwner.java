package org.onewindow.deadline;

import java.util.SortedSet;

/**
 * A module that keeps due dates counted by {@link DueDates} in its own rows (the workflow's task due
 * dates). {@link ProvisionalDeadlines} counts its provisional due dates with the limits', and asks
 * it to recalculate them each time it reloads the holiday files.
 */
public interface DueDateOwner {

    /** How many of its active due dates are provisional. */
    long countProvisional();

    /** The years whose holiday files its provisional due dates wait for. */
    SortedSet<Integer> missingYears();

    /**
     * Recalculates its provisional due dates whose missing year the calendar, just reloaded, now
     * covers ({@link DueDates#calendarCovers(int)}), auditing each that moves as
     * {@code DEADLINE_RECALCULATED}.
     *
     * @return how many were recalculated
     */
    int recalculateProvisional();
}
