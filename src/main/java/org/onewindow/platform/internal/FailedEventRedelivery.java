package org.onewindow.platform.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again, every minute, the events a module's listener failed to handle (a connection
 * pool exhausted under overload, a database restart): without it such an event (the citizen's
 * "application received" message, say) waited for the next start of the application.
 *
 * <p>Only failed publications published at least {@code onewindow.events.redeliver-after} ago,
 * and tried fewer than {@code onewindow.events.max-attempts} times, are resubmitted: a listener
 * with a bug is not called for ever. Listeners run at least once, so they must tolerate a repeat (the
 * inbox, for one, ignores a second message with the same reference).
 */
@Component
class FailedEventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRedelivery.class);

    private final FailedEventPublications failed;
    private final Duration after;
    private final int maxAttempts;

    FailedEventRedelivery(
            FailedEventPublications failed,
            @Value("${onewindow.events.redeliver-after:60s}") Duration after,
            @Value("${onewindow.events.max-attempts:10}") int maxAttempts) {
        this.failed = failed;
        this.after = after;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${onewindow.events.redeliver-interval:60s}",
            initialDelayString = "${onewindow.events.redeliver-interval:60s}")
    void redeliver() {
        try {
            failed.resubmit(ResubmissionOptions.defaults()
                    .withMinAge(after)
                    .withFilter(publication -> publication.getCompletionAttempts() < maxAttempts));
        } catch (RuntimeException e) {
            log.error("Redelivering failed events failed: {}", e.getMessage(), e);
        }
    }
}
