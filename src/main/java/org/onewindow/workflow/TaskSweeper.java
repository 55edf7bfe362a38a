package org.onewindow.workflow;

/**
 * The workflow's sweeper. Looks at the workable tasks whose due date comes near or has passed (the
 * due dates are the tasks' own, see docs/workflow.md): publishes {@link TaskDueSoon} when a task has
 * used the due-soon share of its limit ({@code onewindow.deadline.due-soon-threshold}, 80 % by
 * default) and {@link TaskOverdue} when its due date has passed, once per task and due date, on which
 * the department gets a supervision item. Then at the processes whose acceptance limit (5 working days
 * from submission, kept in the process) has passed with nobody deciding: each is deemed accepted
 * (行政许可法 Art. 32; {@link CaseAccepted} with {@code deemed = true}). And at the processes whose
 * promised limit (kept in the process too) comes near or has passed: {@link CaseDueSoon} and
 * {@link CaseOverdue}, once per case and due date, on which the accepting department gets a
 * supervision item. Runs on a schedule
 * ({@code onewindow.workflow.sweeper.*}); tests and operators may call it directly.
 *
 * <p>Safe on several nodes and threads at once: tasks and processes are taken with
 * {@code FOR UPDATE SKIP LOCKED}; a task is flagged in the short transaction that publishes its events,
 * a process is deemed accepted once, under its lock.
 */
public interface TaskSweeper {

    /** Sweeps until no due task is left and says how many events this call published. */
    SweepReport sweep();

    /**
     * What one sweep published.
     *
     * @param dueSoon how many {@link TaskDueSoon} events
     * @param overdue how many {@link TaskOverdue} events
     * @param deemedAccepted how many cases were deemed accepted
     * @param casesDueSoon how many {@link CaseDueSoon} events (promised limits due soon)
     * @param casesOverdue how many {@link CaseOverdue} events (promised limits passed)
     */
    record SweepReport(int dueSoon, int overdue, int deemedAccepted, int casesDueSoon, int casesOverdue) {}
}
