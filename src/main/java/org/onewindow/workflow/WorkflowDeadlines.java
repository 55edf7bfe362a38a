package org.onewindow.workflow;

/**
 * The deadline subject types the engine started. None is started any more: a task's due date, the
 * acceptance limit and the case's promised limit are kept in the workflow's own rows ({@link
 * TaskView#dueDate()}, docs/workflow.md "The acceptance limit" and "The promised limit"; read the
 * promise through {@link CasePromises}). The name stays for the limits of that kind kept as history
 * in the deadline module, and as the audit log's object type of the promise.
 */
public final class WorkflowDeadlines {

    /** The item's promised limit for the whole case from acceptance, keyed by business key. */
    public static final String CASE = "case.promised";

    private WorkflowDeadlines() {}
}
