package org.onewindow.deadline.internal;

import java.time.Duration;
import java.time.Instant;

/** A finished pause, stored as the ISO-8601 interval {@code <paused at>/<resumed at>}. */
record Pause(Instant pausedAt, Instant resumedAt) {

    Pause {
        if (resumedAt.isBefore(pausedAt)) {
            throw new IllegalArgumentException("a pause cannot end before it began");
        }
    }

    static Pause parse(String interval) {
        int slash = interval.indexOf('/');
        return new Pause(Instant.parse(interval.substring(0, slash)), Instant.parse(interval.substring(slash + 1)));
    }

    Duration length() {
        return Duration.between(pausedAt, resumedAt);
    }

    String text() {
        return pausedAt + "/" + resumedAt;
    }
}
