package org.onewindow.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One row of {@code audit.entry}, exactly as stored (strings, not enums, so tampered rows still load),
 * with its {@code audit.chain_link} if it has one.
 */
record StoredEntry(
        long id,
        Instant occurredAt,
        String actorType,
        String actorId,
        String actorName,
        String ip,
        String event,
        String objectType,
        String objectId,
        String result,
        String detail,
        String rowMac,
        Long chainSeq,
        String chainHash) {

    /** The columns of an entry {@code e}. */
    static final String ENTRY_COLUMNS = "e.id, e.occurred_at, e.actor_type, e.actor_id, e.actor_name, e.ip, e.event, "
            + "e.object_type, e.object_id, e.result, e.detail, e.row_mac";

    /** The columns of an entry {@code e}, and of its link {@code l} (see {@link #FROM}). */
    static final String COLUMNS = ENTRY_COLUMNS + ", l.chain_seq, l.chain_hash";

    /**
     * The columns of an entry {@code e} and its chain position, looked up by index row by row (after
     * any limit), not joined: the planner would hash the whole link table for a few hundred rows.
     */
    static final String COLUMNS_WITH_POSITION = ENTRY_COLUMNS
            + ", (select l.chain_seq from audit.chain_link l where l.entry_id = e.id) as chain_seq"
            + ", null as chain_hash";

    /** Entries with their links, if any. */
    static final String FROM = " from audit.entry e left join audit.chain_link l on l.entry_id = e.id ";

    static StoredEntry map(ResultSet rs, int rowNumber) throws SQLException {
        long seq = rs.getLong("chain_seq");
        Long chainSeq = rs.wasNull() ? null : seq;
        return new StoredEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_type"),
                rs.getString("actor_id"),
                rs.getString("actor_name"),
                rs.getString("ip"),
                rs.getString("event"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("result"),
                rs.getString("detail"),
                rs.getString("row_mac"),
                chainSeq,
                rs.getString("chain_hash"));
    }

    /** The same entry with another row MAC. */
    StoredEntry withRowMac(String newRowMac) {
        return new StoredEntry(id, occurredAt, actorType, actorId, actorName, ip, event, objectType, objectId,
                result, detail, newRowMac, chainSeq, chainHash);
    }
}
