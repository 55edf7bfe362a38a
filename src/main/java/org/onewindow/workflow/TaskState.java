package org.onewindow.workflow;

/** Where a task stands. */
public enum TaskState {
    OPEN,
    CLAIMED,
    WAITING_CORRECTION,
    COMPLETED,
    CANCELLED,
    /** Waiting for a special procedure (hearing, expert review, inspection); the clock stands still. */
    SUSPENDED;

    /** Whether someone can still act on it. */
    public boolean workable() {
        return this == OPEN || this == CLAIMED;
    }
}
