package org.onewindow.workflow.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineState;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.springframework.stereotype.Component;

/** Moves a case's limit and its tasks' limits together (extend, pause, resume), keeping due dates in step. */
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

    /** Stops the case's clock and the task's, in whole working days (Art. 45). */
    void pause(Store.Process process, Store.Task task) {
        running(caseSubject(process)).ifPresent(d -> deadlines.pause(d.subject()));
        running(taskSubject(task)).ifPresent(d -> deadlines.pause(d.subject()));
    }

    /** Restarts both clocks with the days left; returns the case's new due date (null without a promised limit). */
    LocalDate resume(Store.Process process, Store.Task task) {
        paused(taskSubject(task)).map(d -> deadlines.resume(d.subject()).dueDate())
                .ifPresent(due -> store.setDueDate(task.view().id(), due));
        return paused(caseSubject(process)).map(d -> deadlines.resume(d.subject()).dueDate()).orElse(null);
    }

    /** Restarts the case's clock only, when the suspended task was cancelled by another branch's rejection. */
    void resumeCase(Store.Process process) {
        paused(caseSubject(process)).ifPresent(d -> deadlines.resume(d.subject()));
    }

    /** Cancels the limit of a task nobody has to finish any more, if it has one (one statement). */
    void cancel(UUID taskId) {
        deadlines.cancelIfActive(DeadlineSubject.of(Engine.TASK, taskId.toString()));
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

    private Optional<Deadline> running(DeadlineSubject subject) {
        return deadlines.find(subject).filter(d -> d.state() == DeadlineState.RUNNING);
    }

    private Optional<Deadline> paused(DeadlineSubject subject) {
        return deadlines.find(subject).filter(d -> d.state() == DeadlineState.PAUSED);
    }
}
