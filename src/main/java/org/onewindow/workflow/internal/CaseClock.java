package org.onewindow.workflow.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.springframework.stereotype.Component;

/** Moves a case's limit and its open tasks' limits together, keeping the tasks' due dates in step. */
@Component
class CaseClock {

    private final Deadlines deadlines;
    private final Store store;

    CaseClock(Deadlines deadlines, Store store) {
        this.deadlines = deadlines;
        this.store = store;
    }

    /** Whether the case's promised limit is running or paused (即办件 have none). */
    boolean caseLimitActive(Store.Process process) {
        return active(caseSubject(process)).isPresent();
    }

    /** Adds working days to the case's limit and to every open task's; returns the case's new due date. */
    LocalDate extend(Store.Process process, int days, String reason) {
        Deadline extended = deadlines.extend(caseSubject(process), days, reason);
        for (Store.Task task : store.tasksOfProcess(process.id())) {
            DeadlineSubject subject = taskSubject(task);
            if (active(subject).isPresent()) {
                Optional.ofNullable(deadlines.extend(subject, days, reason).dueDate())
                        .ifPresent(due -> store.setDueDate(task.view().id(), due));
            }
        }
        return extended.dueDate();
    }

    static DeadlineSubject caseSubject(Store.Process process) {
        return DeadlineSubject.of(Engine.CASE, process.businessKey());
    }

    static DeadlineSubject taskSubject(Store.Task task) {
        return DeadlineSubject.of(Engine.TASK, task.view().id().toString());
    }

    private Optional<Deadline> active(DeadlineSubject subject) {
        return deadlines.find(subject).filter(d -> d.state().isActive());
    }
}
