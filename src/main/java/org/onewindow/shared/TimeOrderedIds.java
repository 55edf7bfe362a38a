package org.onewindow.shared;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids that sort by the time they were made (RFC 9562 version 7: the millisecond, then 74 random
 * bits), for rows written often and looked up by id: cases, processes and tasks. The tables' primary
 * keys and the indexes led by such an id (a case's timeline and messages, a process's business key,
 * a process's tasks and history) then take new entries at their end, in pages already in memory,
 * instead of anywhere in them as random ids do.
 *
 * <p>Nothing relies on such an id being unguessable (its random bits come from
 * {@link ThreadLocalRandom}, not a secure generator): a citizen reaches only their own cases and an
 * officer only the tasks of their department, region and role, whatever id is asked for, and no page
 * open without signing in takes one. What an id does tell is the millisecond it was made in, which for
 * a case is its submission time, already printed in its receipt number.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {}

    /** A new id made at {@code at}. */
    public static UUID at(Instant at) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = at.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long mostSignificant = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
