package org.onewindow.workflow;

/**
 * The deadline subject types the engine starts, so that other modules can read those limits. A
 * task's due date and the acceptance limit are not among them: they are kept in the task
 * ({@link TaskView#dueDate()}) and in the process row (docs/workflow.md, "The acceptance limit").
 */
public final class WorkflowDeadlines {

    /** The item's promised limit for the whole case from acceptance, keyed by business key. */
    public static final String CASE = "case.promised";

    private WorkflowDeadlines() {}
}
