package org.onewindow.audit.internal;

import java.time.Instant;

/**
 * The chain head at one moment, written outside the database: {@code <instant> chain_seq=<n> chain_hash=<hex>}.
 *
 * @param at when it was anchored
 * @param chainSeq the chain position
 * @param chainHash the chain hash at that position
 */
record Anchor(Instant at, long chainSeq, String chainHash) {

    String toLine() {
        return at + " chain_seq=" + chainSeq + " chain_hash=" + chainHash;
    }

    /** Parses a line written by {@link #toLine()}. */
    static Anchor parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 3 || !parts[1].startsWith("chain_seq=") || !parts[2].startsWith("chain_hash=")) {
            throw new IllegalArgumentException("Not an anchor line");
        }
        return new Anchor(
                Instant.parse(parts[0]),
                Long.parseLong(parts[1].substring("chain_seq=".length())),
                parts[2].substring("chain_hash=".length()));
    }
}
