package org.onewindow.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * A time limit to start, for {@link Deadlines#startUnlessActive(java.util.List)}.
 *
 * @param subject whose limit
 * @param limit how long
 * @param startedAt counted from when; {@code null} for now
 */
public record LimitStart(DeadlineSubject subject, TimeLimit limit, Instant startedAt) {

    public LimitStart {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(limit, "limit");
    }
}
