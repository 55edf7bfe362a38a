package org.onewindow.workflow.internal;

import org.onewindow.platform.RepeatedJobLog;
import org.onewindow.workflow.TaskSweeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the workflow's sweeper (tasks' due dates, acceptance limits) every {@code onewindow.workflow.sweeper.interval} (30 s) on every node. */
@Component
@ConditionalOnProperty(name = "onewindow.workflow.sweeper.enabled", havingValue = "true", matchIfMissing = true)
class TaskSweepSchedule {

    private static final Logger log = LoggerFactory.getLogger(TaskSweepSchedule.class);

    private final TaskSweeper sweeper;
    private final RepeatedJobLog runs = new RepeatedJobLog(log, "Task sweeping");

    TaskSweepSchedule(TaskSweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Scheduled(
            fixedDelayString = "${onewindow.workflow.sweeper.interval:30s}",
            initialDelayString = "${onewindow.workflow.sweeper.interval:30s}")
    void sweep() {
        try {
            TaskSweeper.SweepReport report = sweeper.sweep();
            if (report.dueSoon() + report.overdue() + report.deemedAccepted() + report.casesDueSoon()
                    + report.casesOverdue() > 0) {
                log.info("Workflow swept: {} tasks due soon, {} overdue, {} cases deemed accepted, {} cases due soon,"
                        + " {} overdue", report.dueSoon(), report.overdue(), report.deemedAccepted(),
                        report.casesDueSoon(), report.casesOverdue());
            }
            runs.succeeded();
        } catch (RuntimeException e) {
            // The tasks stay due and are taken next time.
            runs.failed(e);
        }
    }
}
