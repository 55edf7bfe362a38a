package org.onewindow.audit;

/**
 * The first place where the audit log is not what was written.
 *
 * @param kind what is wrong
 * @param chainSeq the chain position concerned, or {@code null} for an entry outside the chain
 * @param entryId the entry concerned, or {@code null} when it is missing
 * @param description what was found, for people (no personal data)
 */
public record ChainBreak(Kind kind, Long chainSeq, Long entryId, String description) {

    /** What is wrong, and what it usually means. */
    public enum Kind {
        /** A chained entry's fields no longer match its MAC: it was edited. */
        ROW_MAC_MISMATCH,
        /** A chain position, the entry at one, or an entry queued for chaining is missing: an entry was deleted. */
        SEQUENCE_GAP,
        /** An entry's chain hash does not follow from its predecessor: the chain was forged or reordered. */
        CHAIN_HASH_MISMATCH,
        /**
         * An entry outside the chain has a wrong MAC, or is not queued for chaining: it was inserted
         * (or edited, or taken out of the queue) behind the application.
         */
        UNCHAINABLE_ROW,
        /** A position anchored outside the database no longer exists: the log was truncated. */
        ANCHOR_MISSING,
        /** A position anchored outside the database now has another hash: the log was rewritten. */
        ANCHOR_MISMATCH
    }

    @Override
    public String toString() {
        return kind + " at chain_seq " + (chainSeq == null ? "-" : chainSeq)
                + " (entry id " + (entryId == null ? "-" : entryId) + "): " + description;
    }
}
