package org.onewindow.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.platform.SequenceBlock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts entries with their row MAC, each queued in {@code audit.pending} by the same statement;
 * chaining happens later, so writers never wait for each other, and the entry row is never updated.
 *
 * <p>The MAC covers the entry's id, so the id must be known before the insert. Ids come from the
 * entry sequence as before, but {@value #IDS_PER_FETCH} at a time in one statement rather than one
 * statement per entry ({@link SequenceBlock}). Ids never used leave gaps, like rolled-back inserts:
 * the chain's own consecutive {@code chain_seq} is what verification counts on, not the id.
 */
@Component
class JdbcAuditLog implements AuditLog {

    static final int IDS_PER_FETCH = 32;

    private final JdbcClient jdbc;
    private final SequenceBlock ids;
    private final EntryMac mac;
    private final TransactionTemplate joined;
    private final TransactionTemplate independent;

    JdbcAuditLog(JdbcClient jdbc, EntryMac mac, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ids = new SequenceBlock(jdbc, "audit.entry_id_seq", IDS_PER_FETCH);
        this.mac = mac;
        this.joined = new TransactionTemplate(transactions);
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public long record(AuditRecord record) {
        TransactionTemplate template =
                TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? independent : joined;
        return template.execute(status -> insert(record));
    }

    @Override
    public long recordIndependently(AuditRecord record) {
        return independent.execute(status -> insert(record));
    }

    private long insert(AuditRecord record) {
        long id = ids.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        StoredEntry entry = new StoredEntry(
                id,
                now,
                record.actor().type().name(),
                record.actor().id(),
                record.actor().displayName(),
                record.ip(),
                record.event().name(),
                record.objectType(),
                record.objectId(),
                record.result().name(),
                record.detail(),
                null,
                null,
                null);
        // The entry and its place in the chainer's queue in one statement, so no extra round trip. Positional
        // parameters: written for every audited action, and named ones cost a substitution into the SQL text each time.
        jdbc.sql("""
                        with entry as (
                            insert into audit.entry (id, occurred_at, actor_type, actor_id, actor_name, ip, event,
                                                     object_type, object_id, result, detail, row_mac)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            returning id, occurred_at)
                        insert into audit.pending (entry_id, occurred_at)
                        select id, occurred_at from entry
                        """)
                .param(entry.id())
                .param(OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .param(entry.actorType())
                .param(entry.actorId())
                .param(entry.actorName())
                .param(entry.ip())
                .param(entry.event())
                .param(entry.objectType())
                .param(entry.objectId())
                .param(entry.result())
                .param(entry.detail())
                .param(mac.rowMac(entry))
                .update();
        return id;
    }
}
