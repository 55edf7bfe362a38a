package org.onewindow.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The unambiguous byte string an entry's MAC covers: a version tag, then every field in a fixed
 * order, each as a presence byte, a four-byte length and its UTF-8 bytes.
 *
 * <p>Length prefixes mean no two different entries share an encoding ({@code "ab","c"} versus
 * {@code "a","bc"}), and the presence byte tells {@code null} from the empty string. The id is
 * covered, so a MAC copied onto another row does not fit it.
 */
final class CanonicalEncoding {

    private static final byte[] ENTRY_TAG = "onewindow.audit.entry.v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHAIN_TAG = "onewindow.audit.chain.v1".getBytes(StandardCharsets.US_ASCII);

    private CanonicalEncoding() {}

    static byte[] entry(StoredEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, ENTRY_TAG);
        field(out, longBytes(entry.id()));
        field(out, longBytes(epochMicros(entry.occurredAt())));
        field(out, entry.actorType());
        field(out, entry.actorId());
        field(out, entry.actorName());
        field(out, entry.ip());
        field(out, entry.event());
        field(out, entry.objectType());
        field(out, entry.objectId());
        field(out, entry.result());
        field(out, entry.detail());
        return out.toByteArray();
    }

    static byte[] link(String previousHash, String rowMac, long chainSeq) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(192);
        field(out, CHAIN_TAG);
        field(out, previousHash);
        field(out, rowMac);
        field(out, longBytes(chainSeq));
        return out.toByteArray();
    }

    /** Microseconds since the epoch: the precision PostgreSQL keeps. */
    static long epochMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static void field(ByteArrayOutputStream out, String value) {
        field(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        if (value == null) {
            out.write(0);
            return;
        }
        out.write(1);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        out.writeBytes(value);
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }
}
