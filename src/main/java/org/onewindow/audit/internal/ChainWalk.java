package org.onewindow.audit.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onewindow.audit.ChainBreak;
import org.onewindow.audit.ChainBreak.Kind;
import org.onewindow.audit.VerificationReport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One pass over the audit log in pages: the chain links in position order with their entries
 * (MACs, positions, hashes, anchors), then the head, then the entries not chained yet and the
 * chainer's queue. Stops at the first break.
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
        List<Link> page;
        do {
            page = links(expected);
            for (Link link : page) {
                ChainBreak found = checkLink(link, expected, previous);
                if (found != null) {
                    return found;
                }
                previous = link.chainHash();
                expected++;
                chained++;
            }
        } while (page.size() == PAGE_SIZE);
        return checkEnd(expected - 1, previous);
    }

    /**
     * A page of links from the position on, with their entries: two statements, each an index scan.
     * (Joined, a generic plan can merge the page with audit.entry's primary key read from the start, as the
     * chainer's did.)
     */
    private List<Link> links(long from) {
        List<Link> links = jdbc.sql("""
                        select chain_seq, entry_id, chain_hash from audit.chain_link
                         where chain_seq >= :from
                         order by chain_seq
                         limit :limit
                        """)
                .param("from", from)
                .param("limit", PAGE_SIZE)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getString(3), null))
                .list();
        if (links.isEmpty()) {
            return links;
        }
        Map<Long, StoredEntry> entries = new HashMap<>();
        jdbc.sql("select " + StoredEntry.ENTRY_COLUMNS + ", null as chain_seq, null as chain_hash"
                        + " from audit.entry e where e.id = any(cast(:ids as bigint[]))")
                .param("ids", links.stream()
                        .map(link -> Long.toString(link.entryId()))
                        .collect(Collectors.joining(",", "{", "}")))
                .query(StoredEntry::map)
                .list()
                .forEach(entry -> entries.put(entry.id(), entry));
        return links.stream()
                .map(link -> new Link(link.chainSeq(), link.entryId(), link.chainHash(), entries.get(link.entryId())))
                .toList();
    }

    private ChainBreak checkLink(Link link, long expected, String previous) {
        if (link.chainSeq() != expected) {
            return new ChainBreak(Kind.SEQUENCE_GAP, expected, null, "chain_seq " + expected
                    + " is missing; the next is " + link.chainSeq() + " (entry " + link.entryId() + ")");
        }
        StoredEntry entry = link.entry();
        if (entry == null) {
            return new ChainBreak(Kind.SEQUENCE_GAP, expected, null, "the entry at chain_seq " + expected
                    + " (id " + link.entryId() + ") is missing");
        }
        if (!mac.rowMacValid(entry)) {
            return new ChainBreak(Kind.ROW_MAC_MISMATCH, expected, entry.id(),
                    "the entry's fields do not match its MAC");
        }
        if (!EntryMac.sameText(mac.chainHash(previous, entry.rowMac(), expected), link.chainHash())) {
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
            if (!EntryMac.sameText(anchor.chainHash(), link.chainHash())) {
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

    /**
     * The entries without a link: each must have a valid MAC and wait in the chainer's queue (the
     * application queues every entry in the statement that inserts it); and every entry queued (or
     * set aside by the chainer) must exist.
     */
    private ChainBreak walkUnchained() {
        long after = 0;
        List<Unchained> page;
        do {
            page = jdbc.sql("select " + StoredEntry.COLUMNS
                            + ", exists (select 1 from audit.pending p where p.entry_id = e.id) as queued"
                            + StoredEntry.FROM
                            + " where l.entry_id is null and e.id > :after order by e.id limit :limit")
                    .param("after", after)
                    .param("limit", PAGE_SIZE)
                    .query((rs, n) -> new Unchained(StoredEntry.map(rs, n), rs.getBoolean("queued")))
                    .list();
            for (Unchained unchained : page) {
                StoredEntry entry = unchained.entry();
                if (!mac.rowMacValid(entry)) {
                    return new ChainBreak(Kind.UNCHAINABLE_ROW, null, entry.id(),
                            "an entry outside the chain does not match its MAC");
                }
                if (!unchained.queued()) {
                    return new ChainBreak(Kind.UNCHAINABLE_ROW, null, entry.id(),
                            "an entry outside the chain is not queued for chaining");
                }
                pending++;
                after = entry.id();
            }
        } while (page.size() == PAGE_SIZE);
        return jdbc.sql("""
                        select q.entry_id
                          from (select entry_id from audit.pending
                                union all
                                select entry_id from audit.rejected_entry) q
                         where not exists (select 1 from audit.entry e where e.id = q.entry_id)
                         order by q.entry_id
                         limit 1
                        """)
                .query(Long.class)
                .optional()
                .map(id -> new ChainBreak(Kind.SEQUENCE_GAP, null, null,
                        "the entry " + id + ", queued for chaining, is missing"))
                .orElse(null);
    }

    /** A row of {@code audit.chain_link} with its entry, {@code null} if the entry is missing. */
    private record Link(long chainSeq, long entryId, String chainHash, StoredEntry entry) {}

    private record Unchained(StoredEntry entry, boolean queued) {}
}
