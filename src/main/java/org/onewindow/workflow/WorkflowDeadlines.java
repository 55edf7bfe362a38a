package org.onewindow.workflow;

/** The deadline subject types the engine starts, so that other modules can read those limits. */
public final class WorkflowDeadlines {

    /** The 5 working days to accept, keyed by business key. */
    public static final String ACCEPTANCE = "workflow.acceptance";
    /** One step's limit, keyed by task id. */
    public static final String TASK = "workflow.task";
    /** The item's promised limit for the whole case from acceptance, keyed by business key. */
    public static final String CASE = "case.promised";

    private WorkflowDeadlines() {}
}
