package org.onewindow.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the chain head to the anchor file and the log, so that truncating or rewriting the
 * chain in the database is detected by comparing it with copies the database cannot reach.
 */
@Component
class AuditAnchorer {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchorer.class);

    private final JdbcClient jdbc;
    private final AnchorFile file;
    private final TransactionTemplate transaction;

    AuditAnchorer(JdbcClient jdbc, AnchorFile file, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.file = file;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Anchors the current chain head, unless the chain is still empty. */
    Optional<Anchor> anchorNow() {
        return transaction.execute(status -> {
            // Holding the chain lock keeps the head from moving (or being reset) while it is written.
            ChainLock.acquire(jdbc);
            ChainHead head = ChainHead.read(jdbc);
            if (head.chainSeq() == 0) {
                return Optional.empty();
            }
            Anchor anchor = new Anchor(Instant.now().truncatedTo(ChronoUnit.MILLIS), head.chainSeq(), head.chainHash());
            file.append(anchor);
            log.info("Audit chain anchor: chain_seq={} chain_hash={}", anchor.chainSeq(), anchor.chainHash());
            return Optional.of(anchor);
        });
    }
}
