package org.onewindow.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test-only access to the audit tables as an attacker with database rights would have it, and a
 * reset to an empty log so that tests neither see nor leave each other's entries.
 */
final class AuditTestState {

    private final JdbcClient jdbc;
    private final AnchorFile anchorFile;
    private final TransactionTemplate transaction;

    AuditTestState(JdbcClient jdbc, AnchorFile anchorFile, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.anchorFile = anchorFile;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Empties the log, the chain, the queue, the chain head, the rejected list and the anchor file, under the chain lock. */
    void reset() {
        tamper(db -> {
            db.sql("truncate audit.entry, audit.chain_link, audit.pending, audit.rejected_entry").update();
            db.sql("update audit.chain_head set chain_seq = 0, chain_hash = repeat('0', 64), updated_at = now()")
                    .update();
            try {
                Files.deleteIfExists(anchorFile.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Runs statements the way an attacker with superuser rights would: the append-only triggers
     * switched off for this transaction, and the chain lock held so the chainer waits.
     */
    void tamper(Consumer<JdbcClient> statements) {
        transaction.executeWithoutResult(status -> {
            ChainLock.acquire(jdbc);
            jdbc.sql("set local session_replication_role = replica").update();
            statements.accept(jdbc);
        });
    }

    long idAtSeq(long chainSeq) {
        return jdbc.sql("select entry_id from audit.chain_link where chain_seq = :seq")
                .param("seq", chainSeq)
                .query(Long.class)
                .single();
    }

    AnchorFile anchorFile() {
        return anchorFile;
    }
}
