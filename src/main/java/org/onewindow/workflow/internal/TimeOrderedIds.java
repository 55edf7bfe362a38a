package org.onewindow.workflow.internal;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids of processes and tasks that sort by the time they were made (RFC 9562 version 7: the
 * millisecond, then 74 random bits). The tables' primary keys and the indexes led by a process's id
 * (its tasks, its history) then take new entries at their end, in pages already in memory, instead
 * of anywhere in them as random ids do; nothing relies on an id being unguessable (an officer is
 * given a task by its department, region and role, never by knowing its id).
 */
final class TimeOrderedIds {

    private TimeOrderedIds() {}

    /** A new id made at {@code at}. */
    static UUID at(Instant at) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = at.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long mostSignificant = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
