package org.onewindow.audit.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log's settings ({@code onewindow.audit.*}).
 *
 * @param chainInterval how long the chainer rests between rounds
 * @param anchorInterval how often the chain head is anchored to the file outside the database
 * @param chainBatchSize how many entries one chaining transaction takes at most
 * @param scheduling whether this process runs the chainer and the anchorer
 * @param verify whether this process only verifies the log, prints the report and exits
 */
@ConfigurationProperties("onewindow.audit")
record AuditProperties(
        @DefaultValue("250ms") Duration chainInterval,
        @DefaultValue("60s") Duration anchorInterval,
        @DefaultValue("2000") int chainBatchSize,
        @DefaultValue Scheduling scheduling,
        @DefaultValue("false") boolean verify) {

    /**
     * Background work of the audit log.
     *
     * @param enabled false to run neither the chainer nor the anchorer in this process
     */
    record Scheduling(@DefaultValue("true") boolean enabled) {}
}
