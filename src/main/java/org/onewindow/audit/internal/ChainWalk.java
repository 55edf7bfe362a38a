package org.onewindow.audit.internal;

import java.time.Instant;
import java.util.List;
import org.onewindow.audit.ChainBreak;
import org.onewindow.audit.ChainBreak.Kind;
import org.onewindow.audit.VerificationReport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One pass over the audit log in pages: the chain in position order (MACs, positions, hashes,
 * anchors), then the head, then the entries not chained yet. Stops at the first break.
 */
final class ChainWalk {

    static final int PAGE_SIZE = 1000;

    private final JdbcClient jdbc;
    private final EntryMac mac;
    private final AnchorFile.Cursor anchors;
    private final Instant startedAt;
    private long chained;
    private long pending;
    private long anchorsChecked;

    ChainWalk(JdbcClient jdbc, EntryMac mac, AnchorFile.Cursor anchors, Instant startedAt) {
        this.jdbc = jdbc;
        this.mac = mac;
        this.anchors = anchors;
        this.startedAt = startedAt;
    }

    VerificationReport run() {
        ChainBreak found;
        try {
            found = walkChain();
        } catch (AnchorFile.MalformedAnchorException e) {
            found = new ChainBreak(Kind.ANCHOR_MISMATCH, null, null, e.getMessage());
        }
        if (found == null) {
            found = walkUnchained();
        }
        return new VerificationReport(startedAt, found, chained, pending, anchorsChecked);
    }

    private ChainBreak walkChain() {
        long expected = 1;
        String previous = EntryMac.GENESIS;
        List<StoredEntry> page;
        do {
            page = jdbc.sql("select " + StoredEntry.COLUMNS
                            + " from audit.entry where chain_seq >= :from order by chain_seq limit :limit")
                    .param("from", expected)
                    .param("limit", PAGE_SIZE)
                    .query(StoredEntry::map)
                    .list();
            for (StoredEntry entry : page) {
                ChainBreak found = checkLink(entry, expected, previous);
                if (found != null) {
                    return found;
                }
                previous = entry.chainHash();
                expected++;
                chained++;
            }
        } while (page.size() == PAGE_SIZE);
        return checkEnd(expected - 1, previous);
    }

    private ChainBreak checkLink(StoredEntry entry, long expected, String previous) {
        if (entry.chainSeq() != expected) {
            return new ChainBreak(Kind.SEQUENCE_GAP, expected, null, "chain_seq " + expected
                    + " is missing; the next is " + entry.chainSeq() + " (entry " + entry.id() + ")");
        }
        if (!mac.rowMacValid(entry)) {
            return new ChainBreak(Kind.ROW_MAC_MISMATCH, expected, entry.id(),
                    "the entry's fields do not match its MAC");
        }
        if (!EntryMac.sameText(mac.chainHash(previous, entry.rowMac(), expected), entry.chainHash())) {
            return new ChainBreak(Kind.CHAIN_HASH_MISMATCH, expected, entry.id(),
                    "the chain hash does not follow from the previous entry");
        }
        while (anchors.peek() != null && anchors.peek().chainSeq() <= expected) {
            Anchor anchor = anchors.next();
            if (anchor.chainSeq() < 1) {
                continue;
            }
            if (anchor.chainSeq() < expected) {
                return new ChainBreak(Kind.ANCHOR_MISMATCH, anchor.chainSeq(), null,
                        "the anchor file is out of order at the anchor of " + anchor.at());
            }
            anchorsChecked++;
            if (!EntryMac.sameText(anchor.chainHash(), entry.chainHash())) {
                return new ChainBreak(Kind.ANCHOR_MISMATCH, expected, entry.id(),
                        "the chain hash differs from the one anchored at " + anchor.at());
            }
        }
        return null;
    }

    private ChainBreak checkEnd(long last, String lastHash) {
        Anchor beyond = anchors.peek();
        if (beyond != null) {
            return new ChainBreak(Kind.ANCHOR_MISSING, beyond.chainSeq(), null, "anchored at " + beyond.at()
                    + " but the chain ends at chain_seq " + last);
        }
        ChainHead head = ChainHead.read(jdbc);
        if (head.chainSeq() > last) {
            return new ChainBreak(Kind.SEQUENCE_GAP, last + 1, null, "the chain head is at chain_seq "
                    + head.chainSeq() + " but the chain ends at " + last);
        }
        if (head.chainSeq() == last && last > 0 && !EntryMac.sameText(head.chainHash(), lastHash)) {
            return new ChainBreak(Kind.CHAIN_HASH_MISMATCH, last, null,
                    "the chain head's hash differs from the last entry's");
        }
        return null;
    }

    private ChainBreak walkUnchained() {
        long after = 0;
        List<StoredEntry> page;
        do {
            page = jdbc.sql("select " + StoredEntry.COLUMNS
                            + " from audit.entry where chain_seq is null and id > :after order by id limit :limit")
                    .param("after", after)
                    .param("limit", PAGE_SIZE)
                    .query(StoredEntry::map)
                    .list();
            for (StoredEntry entry : page) {
                if (!mac.rowMacValid(entry)) {
                    return new ChainBreak(Kind.UNCHAINABLE_ROW, null, entry.id(),
                            "an entry outside the chain does not match its MAC");
                }
                pending++;
                after = entry.id();
            }
        } while (page.size() == PAGE_SIZE);
        return null;
    }
}
