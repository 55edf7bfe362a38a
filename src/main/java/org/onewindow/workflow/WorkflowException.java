package org.onewindow.workflow;

/** An action the engine refuses, with a stable code; nothing changed. */
public class WorkflowException extends RuntimeException {

    private final WorkflowError error;

    public WorkflowException(WorkflowError error) {
        super(error.code());
        this.error = error;
    }

    public WorkflowError error() {
        return error;
    }

    public String code() {
        return error.code();
    }
}
