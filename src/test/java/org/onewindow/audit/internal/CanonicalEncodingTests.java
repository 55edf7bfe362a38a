package org.onewindow.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CanonicalEncodingTests {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    private final EntryMac mac = new EntryMac(KEY);

    private static StoredEntry entry() {
        return new StoredEntry(42L, Instant.parse("2026-05-01T08:00:00.123456Z"), "STAFF", "staff-7", "王芳",
                "10.0.0.1", "ROLE_CHANGED", "account", "acc-9", "SUCCESS", "role=AUDIT_ADMIN", null, null, null);
    }

    private static StoredEntry with(UnaryOperator<StoredEntry> change) {
        return change.apply(entry());
    }

    @Test
    void sameEntryGivesTheSameMac() {
        assertThat(mac.rowMac(entry())).isEqualTo(mac.rowMac(entry())).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void everyFieldIsCovered() {
        List<StoredEntry> changed = List.of(
                with(e -> new StoredEntry(43L, e.occurredAt(), e.actorType(), e.actorId(), e.actorName(), e.ip(),
                        e.event(), e.objectType(), e.objectId(), e.result(), e.detail(), null, null, null)),
                with(e -> new StoredEntry(e.id(), e.occurredAt().plusNanos(1000), e.actorType(), e.actorId(),
                        e.actorName(), e.ip(), e.event(), e.objectType(), e.objectId(), e.result(), e.detail(),
                        null, null, null)),
                with(e -> new StoredEntry(e.id(), e.occurredAt(), "CITIZEN", e.actorId(), e.actorName(), e.ip(),
                        e.event(), e.objectType(), e.objectId(), e.result(), e.detail(), null, null, null)),
                with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), "staff-8", e.actorName(), e.ip(),
                        e.event(), e.objectType(), e.objectId(), e.result(), e.detail(), null, null, null)),
                with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), e.actorId(), "王芬", e.ip(),
                        e.event(), e.objectType(), e.objectId(), e.result(), e.detail(), null, null, null)),
                with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), e.actorId(), e.actorName(),
                        "10.0.0.2", e.event(), e.objectType(), e.objectId(), e.result(), e.detail(), null, null,
                        null)),
                with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), e.actorId(), e.actorName(), e.ip(),
                        "KEY_CHANGED", e.objectType(), e.objectId(), e.result(), e.detail(), null, null, null)),
                with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), e.actorId(), e.actorName(), e.ip(),
                        e.event(), "case", e.objectId(), e.result(), e.detail(), null, null, null)),
                with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), e.actorId(), e.actorName(), e.ip(),
                        e.event(), e.objectType(), "acc-8", e.result(), e.detail(), null, null, null)),
                with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), e.actorId(), e.actorName(), e.ip(),
                        e.event(), e.objectType(), e.objectId(), "DENIED", e.detail(), null, null, null)),
                with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), e.actorId(), e.actorName(), e.ip(),
                        e.event(), e.objectType(), e.objectId(), e.result(), "role=SYSTEM_ADMIN", null, null,
                        null)));
        String original = mac.rowMac(entry());
        assertThat(changed).allSatisfy(other -> assertThat(mac.rowMac(other)).isNotEqualTo(original));
    }

    @Test
    void chainColumnsAndTheMacItselfAreNotCovered() {
        StoredEntry chained = new StoredEntry(42L, entry().occurredAt(), "STAFF", "staff-7", "王芳", "10.0.0.1",
                "ROLE_CHANGED", "account", "acc-9", "SUCCESS", "role=AUDIT_ADMIN", "ab", 5L, "cd");
        assertThat(mac.rowMac(chained)).isEqualTo(mac.rowMac(entry()));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        StoredEntry left = with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), e.actorId(),
                e.actorName(), e.ip(), e.event(), "ab", "c", e.result(), e.detail(), null, null, null));
        StoredEntry right = with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), e.actorId(),
                e.actorName(), e.ip(), e.event(), "a", "bc", e.result(), e.detail(), null, null, null));
        assertThat(CanonicalEncoding.entry(left)).isNotEqualTo(CanonicalEncoding.entry(right));
        assertThat(mac.rowMac(left)).isNotEqualTo(mac.rowMac(right));
    }

    @Test
    void nullDiffersFromEmpty() {
        StoredEntry withNull = with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), e.actorId(),
                e.actorName(), e.ip(), e.event(), e.objectType(), e.objectId(), e.result(), null, null, null, null));
        StoredEntry withEmpty = with(e -> new StoredEntry(e.id(), e.occurredAt(), e.actorType(), e.actorId(),
                e.actorName(), e.ip(), e.event(), e.objectType(), e.objectId(), e.result(), "", null, null, null));
        assertThat(Arrays.equals(CanonicalEncoding.entry(withNull), CanonicalEncoding.entry(withEmpty))).isFalse();
    }

    @Test
    void timeIsEncodedToTheMicrosecondPostgresKeeps() {
        assertThat(CanonicalEncoding.epochMicros(Instant.parse("1970-01-01T00:00:01.000002Z"))).isEqualTo(1_000_002L);
    }

    @Test
    void anotherKeyGivesAnotherMac() {
        assertThat(new EntryMac(OTHER_KEY).rowMac(entry())).isNotEqualTo(mac.rowMac(entry()));
    }

    @Test
    void validatesOnlyTheRightMac() {
        StoredEntry entry = entry();
        assertThat(mac.rowMacValid(entry.withRowMac(mac.rowMac(entry)))).isTrue();
        assertThat(mac.rowMacValid(entry.withRowMac(new EntryMac(OTHER_KEY).rowMac(entry)))).isFalse();
        assertThat(mac.rowMacValid(entry.withRowMac(null))).isFalse();
        assertThat(mac.rowMacValid(entry.withRowMac("0".repeat(64)))).isFalse();
    }

    @Test
    void chainHashDependsOnPreviousHashRowMacAndPosition() {
        String hash = mac.chainHash(EntryMac.GENESIS, "aa", 1);
        assertThat(mac.chainHash(EntryMac.GENESIS, "aa", 1)).isEqualTo(hash);
        assertThat(mac.chainHash("1".repeat(64), "aa", 1)).isNotEqualTo(hash);
        assertThat(mac.chainHash(EntryMac.GENESIS, "ab", 1)).isNotEqualTo(hash);
        assertThat(mac.chainHash(EntryMac.GENESIS, "aa", 2)).isNotEqualTo(hash);
        assertThat(new EntryMac(OTHER_KEY).chainHash(EntryMac.GENESIS, "aa", 1)).isNotEqualTo(hash);
    }

    @Test
    void theMacIsHmacSha256OfTheCanonicalEncoding() throws Exception {
        javax.crypto.Mac hmac = javax.crypto.Mac.getInstance("HmacSHA256");
        hmac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(hmac.doFinal(CanonicalEncoding.entry(entry())));

        assertThat(mac.rowMac(entry())).isEqualTo(expected);
        assertThat(mac.rowMac(entry())).as("the second call, on a fresh copy of the keyed MAC").isEqualTo(expected);
    }

    /** Entries are written by many threads at once: each MAC is computed on its own copy of the keyed one. */
    @Test
    void threadsComputingMacsAtOnceEachGetTheirEntrysMac() throws Exception {
        List<StoredEntry> entries = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> with(e -> new StoredEntry(e.id() + i, e.occurredAt(), e.actorType(), e.actorId(),
                        e.actorName(), e.ip(), e.event(), e.objectType(), "acc-" + i, e.result(), e.detail(),
                        null, null, null)))
                .toList();
        List<String> expected = entries.stream().map(mac::rowMac).toList();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 2_000; round++) {
                        int i = (round + offset) % entries.size();
                        if (!mac.rowMac(entries.get(i)).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var result : results) {
                assertThat(result.get()).isTrue();
            }
        }
        assertThat(Set.copyOf(expected)).hasSize(entries.size());
    }

    @Test
    void refusesShortKeys() {
        assertThatThrownBy(() -> new EntryMac(new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
