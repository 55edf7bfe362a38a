package org.onewindow.deadline;

/** Where a time limit stands; the transitions refuse what the state does not allow. */
public enum DeadlineState {
    RUNNING,
    PAUSED,
    COMPLETED,
    CANCELLED;

    public DeadlineState pause(DeadlineSubject subject) {
        return require(this == RUNNING, DeadlineError.DEADLINE_NOT_RUNNING, subject, PAUSED);
    }

    public DeadlineState resume(DeadlineSubject subject) {
        return require(this == PAUSED, DeadlineError.DEADLINE_NOT_PAUSED, subject, RUNNING);
    }

    public DeadlineState complete(DeadlineSubject subject) {
        return require(isActive(), DeadlineError.DEADLINE_FINISHED, subject, COMPLETED);
    }

    public DeadlineState cancel(DeadlineSubject subject) {
        return require(isActive(), DeadlineError.DEADLINE_FINISHED, subject, CANCELLED);
    }

    /** Extending keeps the state: a paused limit stays paused with more time left. */
    public DeadlineState extend(DeadlineSubject subject) {
        return require(isActive(), DeadlineError.DEADLINE_FINISHED, subject, this);
    }

    /** Running or paused: the limit still counts, or will again. */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED;
    }

    private static DeadlineState require(
            boolean allowed, DeadlineError error, DeadlineSubject subject, DeadlineState next) {
        if (!allowed) {
            throw new DeadlineException(error, subject);
        }
        return next;
    }
}
