package org.onewindow.workflow.internal;

import java.util.UUID;
import org.onewindow.deadline.DeadlinePassed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a task's or a case's limit passes, the responsible department gets a supervision item. */
@Component
class OverdueSupervision {

    private final SupervisionDesk supervision;

    OverdueSupervision(SupervisionDesk supervision) {
        this.supervision = supervision;
    }

    @ApplicationModuleListener
    void on(DeadlinePassed event) {
        switch (event.subjectType()) {
            case Engine.TASK -> supervision.taskOverdue(UUID.fromString(event.subjectKey()), event.deadlineId(),
                    event.dueAt());
            case Engine.CASE -> supervision.caseOverdue(event.subjectKey(), event.deadlineId(), event.dueAt());
            default -> { }
        }
    }
}
