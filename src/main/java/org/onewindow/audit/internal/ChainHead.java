package org.onewindow.audit.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The last chained position and hash, kept in {@code audit.chain_head} so that the chainer need
 * not search for it; verification trusts the entries and their links, not this row.
 */
record ChainHead(long chainSeq, String chainHash) {

    static ChainHead read(JdbcClient jdbc) {
        return jdbc.sql("select chain_seq, chain_hash from audit.chain_head where id = 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
    }

    /**
     * Locks the head and checks that the links end exactly there with a valid MAC; refuses to
     * extend a chain whose end was deleted or forged (new links would hide the damage), and to
     * chain with a key that is not the chain's.
     */
    static ChainHead lockAndCheck(JdbcClient jdbc, EntryMac mac) {
        ChainHead head = jdbc.sql("select chain_seq, chain_hash from audit.chain_head where id = 1 for update")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
        Long beyond = jdbc.sql(
                        "select chain_seq from audit.chain_link where chain_seq > :seq order by chain_seq desc limit 1")
                .param("seq", head.chainSeq())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (beyond != null) {
            throw new ChainHeadMismatchException("entries are chained up to " + beyond
                    + " but the chain head is at " + head.chainSeq());
        }
        if (head.chainSeq() > 0) {
            StoredEntry last = jdbc.sql("select " + StoredEntry.COLUMNS
                            + " from audit.chain_link l join audit.entry e on e.id = l.entry_id where l.chain_seq = :seq")
                    .param("seq", head.chainSeq())
                    .query(StoredEntry::map)
                    .optional()
                    .orElse(null);
            if (last == null || !EntryMac.sameText(head.chainHash(), last.chainHash())) {
                throw new ChainHeadMismatchException("the entry at the chain head (chain_seq "
                        + head.chainSeq() + ") is missing or altered");
            }
            if (!mac.rowMacValid(last)) {
                // Either that entry was edited, or this node holds another audit key than the nodes
                // that chained so far; rejecting new entries with a wrong key would be worse.
                throw new ChainHeadMismatchException("the entry at the chain head (chain_seq " + head.chainSeq()
                        + ") does not match its MAC: it was edited, or this node's audit key is not the chain's");
            }
        }
        return head;
    }

    static void moveTo(JdbcClient jdbc, long chainSeq, String chainHash) {
        jdbc.sql("update audit.chain_head set chain_seq = :seq, chain_hash = :hash, updated_at = now() where id = 1")
                .param("seq", chainSeq)
                .param("hash", chainHash)
                .update();
    }

    /** The entries do not end where the chain head says: the chain cannot be extended safely. */
    static final class ChainHeadMismatchException extends IllegalStateException {

        ChainHeadMismatchException(String message) {
            super("Audit chain not extended: " + message + "; run the audit verification");
        }
    }
}
