package org.onewindow.workflow.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineState;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.springframework.stereotype.Component;

/**
 * Moves a case's limit (the deadline module's) and its tasks' due dates (kept in the tasks, by
 * {@link TaskClock}) together: extend, pause, resume.
 */
@Component
class CaseClock {

    private final Deadlines deadlines;
    private final TaskClock tasks;

    CaseClock(Deadlines deadlines, TaskClock tasks) {
        this.deadlines = deadlines;
        this.tasks = tasks;
    }

    /** Whether the case's promised limit is running or paused (即办件 have none). */
    boolean caseLimitActive(Store.Process process) {
        return active(caseSubject(process)).isPresent();
    }

    /** Adds working days to the case's limit and to every unfinished task's due date; returns the case's new due date. */
    LocalDate extend(Store.Process process, int days, String reason) {
        Deadline extended = deadlines.extend(caseSubject(process), days, reason);
        tasks.extend(process.id(), days);
        return extended.dueDate();
    }

    /**
     * Stops the case's clock, in whole working days (Art. 45). The task's stops with its special
     * procedure, whose row is its pause.
     */
    void pause(Store.Process process) {
        running(caseSubject(process)).ifPresent(d -> deadlines.pause(d.subject()));
    }

    /**
     * Restarts both clocks with the days left, once the task's special procedure has ended; returns the
     * case's new due date (null without a promised limit).
     */
    LocalDate resume(Store.Process process, Store.Task task) {
        tasks.resume(task.view().id());
        return paused(caseSubject(process)).map(d -> deadlines.resume(d.subject()).dueDate()).orElse(null);
    }

    /** Restarts the case's clock only, when the suspended task was cancelled by another branch's rejection. */
    void resumeCase(Store.Process process) {
        paused(caseSubject(process)).ifPresent(d -> deadlines.resume(d.subject()));
    }

    static DeadlineSubject caseSubject(Store.Process process) {
        return DeadlineSubject.of(Engine.CASE, process.businessKey());
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
