package org.onewindow.audit.internal;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the chainer every few hundred milliseconds and the anchorer every minute; any number of
 * nodes may run it, since both work under the chain lock.
 */
@Component
@ConditionalOnProperty(name = "onewindow.audit.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class AuditSchedule {

    private static final Logger log = LoggerFactory.getLogger(AuditSchedule.class);

    private final AuditChainer chainer;
    private final AuditAnchorer anchorer;
    private final AtomicReference<String> lastChainFailure = new AtomicReference<>();

    private final boolean verifyOnly;

    AuditSchedule(AuditChainer chainer, AuditAnchorer anchorer, AuditProperties properties) {
        this.chainer = chainer;
        this.anchorer = anchorer;
        // A process started only to verify leaves the log as it found it.
        this.verifyOnly = properties.verify();
    }

    @Scheduled(
            fixedDelayString = "${onewindow.audit.chain-interval:250ms}",
            initialDelayString = "${onewindow.audit.chain-interval:250ms}")
    void chain() {
        if (verifyOnly) {
            return;
        }
        try {
            chainer.chainIfFree();
            if (lastChainFailure.getAndSet(null) != null) {
                log.info("Audit chaining works again");
            }
        } catch (RuntimeException e) {
            // Log once per distinct failure, not four times a second; the lag gauge keeps rising meanwhile.
            String message = String.valueOf(e.getMessage());
            if (!message.equals(lastChainFailure.getAndSet(message))) {
                log.error("Audit chaining failed: {}", message, e);
            }
        }
    }

    @Scheduled(
            fixedRateString = "${onewindow.audit.anchor-interval:60s}",
            initialDelayString = "${onewindow.audit.anchor-interval:60s}")
    void anchor() {
        if (verifyOnly) {
            return;
        }
        try {
            anchorer.anchorNow();
        } catch (RuntimeException e) {
            log.error("Audit anchoring failed: {}", e.getMessage(), e);
        }
    }
}
