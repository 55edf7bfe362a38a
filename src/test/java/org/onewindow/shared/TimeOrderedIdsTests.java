package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTests {

    private static final Instant AT = Instant.parse("2026-11-22T08:30:00.123Z");

    @Test
    void anIdIsAVersion7UuidCarryingItsMillisecond() {
        UUID id = TimeOrderedIds.at(AT);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(AT.toEpochMilli());
        assertThat(id.toString()).startsWith("01a20260-5fbb-7");
    }

    @Test
    void idsSortByTheMillisecondTheyWereMadeIn() {
        List<UUID> ids = IntStream.range(0, 1_000).mapToObj(i -> TimeOrderedIds.at(AT.plusMillis(i))).toList();

        // As UUIDs and as the text the tables' indexes and the audit log's object ids order.
        assertThat(ids).isSortedAccordingTo(UUID::compareTo);
        assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
    }

    @Test
    void idsMadeInTheSameMillisecondDiffer() {
        Set<UUID> ids = new HashSet<>();
        IntStream.range(0, 100_000).forEach(i -> ids.add(TimeOrderedIds.at(AT)));

        assertThat(ids).hasSize(100_000);
    }
}
