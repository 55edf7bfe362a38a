package org.onewindow.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives queued ({@code audit.pending}) committed entries consecutive chain positions and chain
 * hashes in {@code audit.chain_link}, in id order, after checking each entry's MAC; entries with a
 * wrong MAC (or queued but missing) are set aside in {@code audit.rejected_entry}, never chained.
 * Either way the entry leaves the queue in the batch's transaction, taken out as the batch starts;
 * {@code audit.entry} itself is never updated.
 *
 * <p>Its own consecutive {@code chain_seq} (not the id, which has gaps where inserts rolled back)
 * is what lets verification tell a deleted entry from a rolled-back one.
 */
@Component
class AuditChainer {

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

    /**
     * Takes the head of the queue out of it, and reads each entry taken with its chain position (if any,
     * which only tampering causes), in one statement at the start of the batch's transaction: a batch that
     * fails rolls back, and its entries are queued again.
     *
     * <p>The queue's rows are deleted by their addresses ({@code ctid}), found by its index in entry order:
     * deleted by their ids, the generic plan, made while the queue table was small, went on scanning the
     * whole table, every page that rows deleted since the last vacuum still fill (a tenth of PostgreSQL's
     * statement time in the engine benchmark). The entries are then read by index row by row, from an
     * array: joined to the queue itself, the generic plan (the limit unknown) merged it with
     * {@code audit.entry}'s primary key read from the start, every entry ever written in each batch.
     */
    static final String TAKE = "with taken as (delete from audit.pending"
            + " where ctid = any(array(select ctid from audit.pending order by entry_id limit :limit))"
            + " returning entry_id) select p.entry_id as queued_id, " + StoredEntry.COLUMNS_WITH_POSITION
            + " from unnest(array(select entry_id from taken)) as p(entry_id)"
            + " left join audit.entry e on e.id = p.entry_id order by p.entry_id";

    private final JdbcClient jdbc;
    private final EntryMac mac;
    private final TransactionTemplate transaction;
    private final int batchSize;

    AuditChainer(JdbcClient jdbc, EntryMac mac, PlatformTransactionManager transactions, AuditProperties properties) {
        this.jdbc = jdbc;
        this.mac = mac;
        this.transaction = new TransactionTemplate(transactions);
        this.batchSize = Math.max(1, properties.chainBatchSize());
    }

    /** Chains everything committed so far, waiting for a chainer elsewhere to finish; returns how many it chained. */
    int chainPending() {
        return chainAll(true);
    }

    /** One scheduled round: chains what is pending unless another node is chaining right now. */
    int chainIfFree() {
        return chainAll(false);
    }

    private int chainAll(boolean wait) {
        int chained = 0;
        while (true) {
            Batch batch = transaction.execute(status -> chainBatch(wait));
            chained += batch.chained();
            if (batch.examined() < batchSize) {
                return chained;
            }
        }
    }

    private Batch chainBatch(boolean wait) {
        if (wait) {
            ChainLock.acquire(jdbc);
        } else if (!ChainLock.tryAcquire(jdbc)) {
            return new Batch(0, 0);
        }
        List<Candidate> candidates = jdbc.sql(TAKE).param("limit", batchSize).query(Candidate::map).list();
        if (candidates.isEmpty()) {
            return new Batch(0, 0);
        }
        ChainHead head = ChainHead.lockAndCheck(jdbc, mac);
        long seq = head.chainSeq();
        String previous = head.chainHash();
        List<Link> links = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            StoredEntry entry = candidate.entry();
            if (entry == null) {
                log.error("Audit entry {} was queued for chaining but is missing: it was deleted outside the "
                        + "application; it is set aside and reported by verification", candidate.queuedId());
                reject(candidate.queuedId(), "entry_missing");
                continue;
            }
            if (entry.chainSeq() != null) {
                log.warn("Audit entry {} was queued again though chained at {}; taken out of the queue",
                        entry.id(), entry.chainSeq());
                continue;
            }
            if (!mac.rowMacValid(entry)) {
                log.error("Audit entry {} has a wrong MAC: it was inserted or edited outside the application; "
                        + "it is left out of the chain and reported by verification", entry.id());
                reject(entry.id(), "row_mac_mismatch");
                continue;
            }
            seq++;
            previous = mac.chainHash(previous, entry.rowMac(), seq);
            links.add(new Link(entry.id(), seq, previous));
        }
        if (!links.isEmpty()) {
            store(links);
            ChainHead.moveTo(jdbc, seq, previous);
        }
        return new Batch(candidates.size(), links.size());
    }

    private void store(List<Link> links) {
        jdbc.sql("""
                        insert into audit.chain_link (chain_seq, entry_id, chain_hash)
                        select v.seq, v.id, v.hash
                          from unnest(cast(:ids as bigint[]), cast(:seqs as bigint[]), cast(:hashes as text[]))
                               as v(id, seq, hash)
                        """)
                .param("ids", arrayLiteral(links, link -> Long.toString(link.id())))
                .param("seqs", arrayLiteral(links, link -> Long.toString(link.seq())))
                .param("hashes", arrayLiteral(links, Link::hash))
                .update();
    }

    /** Sets the entry aside, already taken out of the queue; verification reports it. */
    private void reject(long entryId, String reason) {
        jdbc.sql("""
                        insert into audit.rejected_entry (entry_id, detected_at, reason)
                        values (:id, now(), :reason)
                        on conflict do nothing
                        """)
                .param("id", entryId)
                .param("reason", reason)
                .update();
    }

    /** A PostgreSQL array literal; the values are digits or hex, so they need no quoting. */
    private static String arrayLiteral(List<Link> links, java.util.function.Function<Link, String> value) {
        return links.stream().map(value).collect(Collectors.joining(",", "{", "}"));
    }

    private record Batch(int examined, int chained) {}

    /** A queued entry id with its entry ({@code null} if missing) and link, if any. */
    private record Candidate(long queuedId, StoredEntry entry) {

        static Candidate map(ResultSet rs, int rowNumber) throws SQLException {
            long queuedId = rs.getLong("queued_id");
            rs.getLong("id");
            return new Candidate(queuedId, rs.wasNull() ? null : StoredEntry.map(rs, rowNumber));
        }
    }

    private record Link(long id, long seq, String hash) {}
}
