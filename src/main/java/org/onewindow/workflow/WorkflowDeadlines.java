package org.onewindow.workflow;

/**
 * The deadline subject types the engine starts, so that other modules can read those limits. A
 * task's due date is not among them: it is kept in the task ({@link TaskView#dueDate()}).
 */
public final class WorkflowDeadlines {

    /** The 5 working days to accept, keyed by business key. */
    public static final String ACCEPTANCE = "workflow.acceptance";
    /** The item's promised limit for the whole case from acceptance, keyed by business key. */
    public static final String CASE = "case.promised";

    private WorkflowDeadlines() {}
}
