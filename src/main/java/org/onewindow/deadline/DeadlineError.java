package org.onewindow.deadline;

import java.util.Locale;

/** Why a time-limit operation was refused, as a stable snake_case code. */
public enum DeadlineError {
    DEADLINE_NOT_FOUND,
    DEADLINE_ALREADY_ACTIVE,
    DEADLINE_NOT_RUNNING,
    DEADLINE_NOT_PAUSED,
    DEADLINE_FINISHED,
    DEADLINE_CONFLICT;

    /** The code as it appears in API errors, e.g. {@code deadline_not_running}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
