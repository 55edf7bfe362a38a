package org.onewindow.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.onewindow.deadline.TimeLimit;

/**
 * A case's promised limit (承诺时限) as it stands: the item's promised working or calendar days from
 * acceptance, kept by the workflow in its process (docs/workflow.md, "The promised limit").
 *
 * @param businessKey the case's business key
 * @param limit the limit as started, without the extension
 * @param extendedBy the days the extension added (0 without one)
 * @param dueDate the due date in China; while the case is suspended the one it had before (null for a
 *     promise paused when it moved into the process row, until it resumes)
 * @param paused whether a special procedure stops the clock now
 * @param finishedAt when the case ended (decision, refusal, withdrawal), or {@code null} while it runs
 * @param daysUsed the days of the limit's unit used so far, or up to the case's end, without the days
 *     of its special procedures (as {@link org.onewindow.deadline.Deadline#daysUsed()} counts them)
 * @param overdue running past its due date, paused after it, or finished after it
 */
public record CasePromise(String businessKey, TimeLimit limit, int extendedBy, LocalDate dueDate, boolean paused,
        Instant finishedAt, int daysUsed, boolean overdue) {

    /** Whether the case has ended, and with it its promise. */
    public boolean finished() {
        return finishedAt != null;
    }

    /** Whether the promise was extended. */
    public boolean extended() {
        return extendedBy > 0;
    }
}
