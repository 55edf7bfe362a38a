package org.onewindow.deadline;

/**
 * Publishes {@link DeadlineApproaching} and {@link DeadlinePassed} for limits that reached their
 * time; runs on a schedule, and tests or operators may call it directly.
 *
 * <p>Safe on several nodes and threads at once: rows are taken with {@code FOR UPDATE SKIP LOCKED}
 * in short transactions, and each notification is flagged in its row in the same transaction
 * that publishes the event.
 */
public interface DeadlineSweeper {

    /** Sweeps until no due row is left and says how many events this call published. */
    SweepReport sweep();

    /**
     * What one sweep published.
     *
     * @param approaching how many {@link DeadlineApproaching} events
     * @param passed how many {@link DeadlinePassed} events
     */
    record SweepReport(int approaching, int passed) {}
}
