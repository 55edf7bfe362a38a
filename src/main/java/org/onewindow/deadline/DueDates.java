package org.onewindow.deadline;

import java.time.Instant;
import java.util.List;

/**
 * The due-date arithmetic of {@link Deadlines}, as a pure calculation for a module that keeps a
 * limit's course in its own rows (a workflow task's due date is kept in its task row): the same
 * working-day calendar (reloaded when a holiday file is added), the same pauses in whole days, the
 * same due-soon share ({@code onewindow.deadline.due-soon-threshold}), the same provisional
 * counting of a year without a holiday file, with the same warning in the log. Stores nothing.
 *
 * <p>A module that keeps provisional due dates this way recalculates them when it is told to as a
 * {@link DueDateOwner}.
 */
public interface DueDates {

    /**
     * Where a limit stands after this course.
     *
     * @param total the limit with its extensions
     * @param startedAt when it started counting
     * @param pauses its finished pauses, oldest first
     * @param pausedAt when its current pause began, or {@code null} if it is not paused
     */
    DueSchedule schedule(TimeLimit total, Instant startedAt, List<LimitPause> pauses, Instant pausedAt);

    /** Whether the current working-day calendar has the holiday file of this year. */
    boolean calendarCovers(int year);
}
