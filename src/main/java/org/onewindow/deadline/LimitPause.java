package org.onewindow.deadline;

import java.util.Objects;
import java.time.Instant;

/**
 * A finished pause of a limit, for {@link DueDates}.
 *
 * @param pausedAt when the clock stopped
 * @param resumedAt when it counted again
 */
public record LimitPause(Instant pausedAt, Instant resumedAt) {

    public LimitPause {
        Objects.requireNonNull(pausedAt, "pausedAt");
        Objects.requireNonNull(resumedAt, "resumedAt");
    }
}
