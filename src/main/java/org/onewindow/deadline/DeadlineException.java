package org.onewindow.deadline;

/** A time-limit operation that was refused; nothing was changed. */
public class DeadlineException extends RuntimeException {

    private final DeadlineError error;

    public DeadlineException(DeadlineError error, DeadlineSubject subject) {
        super(error.code() + ": " + subject);
        this.error = error;
    }

    public DeadlineError error() {
        return error;
    }
}
