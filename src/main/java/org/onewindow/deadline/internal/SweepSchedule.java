package org.onewindow.deadline.internal;

import org.onewindow.deadline.DeadlineSweeper;
import org.onewindow.platform.RepeatedJobLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the sweeper every {@code onewindow.deadline.sweeper.interval} (30 s) on every node. */
@Component
@ConditionalOnProperty(name = "onewindow.deadline.sweeper.enabled", havingValue = "true", matchIfMissing = true)
class SweepSchedule {

    private static final Logger log = LoggerFactory.getLogger(SweepSchedule.class);

    private final DeadlineSweeper sweeper;
    private final RepeatedJobLog runs = new RepeatedJobLog(log, "Time-limit sweeping");

    SweepSchedule(DeadlineSweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Scheduled(
            fixedDelayString = "${onewindow.deadline.sweeper.interval:30s}",
            initialDelayString = "${onewindow.deadline.sweeper.interval:30s}")
    void sweep() {
        try {
            DeadlineSweeper.SweepReport report = sweeper.sweep();
            if (report.approaching() + report.passed() > 0) {
                log.info("Time limits swept: {} due soon, {} overdue", report.approaching(), report.passed());
            }
            runs.succeeded();
        } catch (RuntimeException e) {
            // The rows stay due and are taken next time.
            runs.failed(e);
        }
    }
}
