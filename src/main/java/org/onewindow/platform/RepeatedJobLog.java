package org.onewindow.platform;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;

/**
 * The log of a job that runs again and again (a sweeper every 30 seconds): a failure is logged
 * once per distinct message rather than at every run, and the recovery once; the work stays due
 * and is taken at the next run. Thread-safe.
 */
public final class RepeatedJobLog {

    private final Logger log;
    private final String job;
    private final AtomicReference<String> lastFailure = new AtomicReference<>();

    /**
     * @param log the job's logger
     * @param job what the job does, as the start of a sentence: e.g. {@code "Time-limit sweeping"}
     */
    public RepeatedJobLog(Logger log, String job) {
        this.log = log;
        this.job = job;
    }

    /** The run succeeded: says so once if the one before failed. */
    public void succeeded() {
        if (lastFailure.getAndSet(null) != null) {
            log.info("{} works again", job);
        }
    }

    /** The run failed: logged as an ERROR unless the run before failed the same way. */
    public void failed(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (!message.equals(lastFailure.getAndSet(message))) {
            log.error("{} failed: {}", job, message, e);
        }
    }
}
