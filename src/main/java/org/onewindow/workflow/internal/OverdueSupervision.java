package org.onewindow.workflow.internal;

import java.util.UUID;
import org.onewindow.deadline.DeadlinePassed;
import org.onewindow.workflow.CaseOverdue;
import org.onewindow.workflow.TaskOverdue;
import org.onewindow.workflow.WorkflowDeadlines;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a task's due date or a case's promised limit passes, the responsible department gets a supervision item. */
@Component
class OverdueSupervision {

    /**
     * The deadline module's limits of tasks, before a task's due date was kept in its row (V60_0_6):
     * an event of one may still be on its way when the upgrade starts.
     */
    private static final String TASK_LIMIT_BEFORE_V60_0_6 = "workflow.task";
    /** The same for the cases' promised limits, before they were kept in the process row (V60_0_8). */
    private static final String CASE_LIMIT_BEFORE_V60_0_8 = WorkflowDeadlines.CASE;

    private final SupervisionDesk supervision;

    OverdueSupervision(SupervisionDesk supervision) {
        this.supervision = supervision;
    }

    /** One item per task and due date: the task's id names its due date (there is no limit of its own). */
    @ApplicationModuleListener
    void on(TaskOverdue event) {
        supervision.taskOverdue(event.taskId(), event.taskId(), event.dueAt());
    }

    /** One item per case and due date: the process's id names its promise. */
    @ApplicationModuleListener
    void on(CaseOverdue event) {
        supervision.caseOverdue(event.businessKey(), null, event.dueAt());
    }

    @ApplicationModuleListener
    void on(DeadlinePassed event) {
        switch (event.subjectType()) {
            case TASK_LIMIT_BEFORE_V60_0_6 -> supervision.taskOverdue(UUID.fromString(event.subjectKey()),
                    event.deadlineId(), event.dueAt());
            case CASE_LIMIT_BEFORE_V60_0_8 -> supervision.caseOverdue(event.subjectKey(), event.deadlineId(),
                    event.dueAt());
            default -> { }
        }
    }
}
