package org.onewindow.deadline.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.onewindow.deadline.TimeLimit;

/**
 * Everything a due time is derived from: the limit with its extensions, the start and the pauses.
 *
 * @param total the limit plus its extensions
 * @param startedAt when counting started
 * @param pauses the finished pauses, oldest first
 * @param pausedAt when the current pause began, or {@code null} if the limit is not paused
 */
record Course(TimeLimit total, Instant startedAt, List<Pause> pauses, Instant pausedAt) {

    Course {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(startedAt, "startedAt");
        pauses = List.copyOf(pauses);
    }

    static Course started(TimeLimit limit, Instant startedAt) {
        return new Course(limit, startedAt, List.of(), null);
    }

    boolean paused() {
        return pausedAt != null;
    }
}
