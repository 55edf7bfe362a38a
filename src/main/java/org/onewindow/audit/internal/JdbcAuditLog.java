package org.onewindow.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.platform.DeferredWrite;
import org.onewindow.platform.DeferredWrites;
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
 *
 * <p>{@link #record} hands the statement to {@link DeferredWrites}: nothing reads an entry back in
 * the transaction that records it (the chainer takes committed entries only), so it is made with
 * the transaction's other deferred writes or in its carrier's statement (a workflow action's), at
 * the latest as the transaction commits; if it fails, the transaction is rolled back.
 * {@link #recordIndependently} writes at once, in a transaction of its own, which commits even if
 * the caller's is rolled back.
 */
@Component
class JdbcAuditLog implements AuditLog {

    static final int IDS_PER_FETCH = 32;

    private final JdbcClient jdbc;
    private final SequenceBlock ids;
    private final EntryMac mac;
    private final DeferredWrites deferred;
    private final TransactionTemplate joined;
    private final TransactionTemplate independent;

    JdbcAuditLog(JdbcClient jdbc, EntryMac mac, DeferredWrites deferred, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ids = new SequenceBlock(jdbc, "audit.entry_id_seq", IDS_PER_FETCH);
        this.mac = mac;
        this.deferred = deferred;
        this.joined = new TransactionTemplate(transactions);
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public long record(AuditRecord record) {
        TransactionTemplate template =
                TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? independent : joined;
        return template.execute(status -> {
            long id = ids.next();
            deferred.add(insert(id, record));
            return id;
        });
    }

    @Override
    public long recordIndependently(AuditRecord record) {
        return independent.execute(status -> {
            long id = ids.next();
            DeferredWrite write = insert(id, record);
            jdbc.sql("with entry as (" + write.parts().get(0).sql() + ")\n"
                            + write.parts().get(1).sql().replace("{entry}", "entry"))
                    .paramSource(write.parameters())
                    .update();
            return id;
        });
    }

    /** The entry and its place in the chainer's queue, in one statement, so no extra round trip. */
    private DeferredWrite insert(long id, AuditRecord record) {
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
        return DeferredWrite.keyed("audit.entry:" + id)
                .part("entry", """
                        insert into audit.entry (id, occurred_at, actor_type, actor_id, actor_name, ip, event,
                                                 object_type, object_id, result, detail, row_mac)
                        values (:id, :occurredAt, :actorType, :actorId, :actorName, :ip, :event,
                                :objectType, :objectId, :result, :detail, :rowMac)
                        returning id, occurred_at""")
                .part("pending", "insert into audit.pending (entry_id, occurred_at) select id, occurred_at from {entry}")
                .param("id", entry.id())
                .param("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .param("actorType", entry.actorType())
                .param("actorId", entry.actorId())
                .param("actorName", entry.actorName())
                .param("ip", entry.ip())
                .param("event", entry.event())
                .param("objectType", entry.objectType())
                .param("objectId", entry.objectId())
                .param("result", entry.result())
                .param("detail", entry.detail())
                .param("rowMac", mac.rowMac(entry));
    }
}
