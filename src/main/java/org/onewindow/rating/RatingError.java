package org.onewindow.rating;

import java.util.Locale;

/** Why a rating or rectification step was refused, as a stable snake_case code with its HTTP status. */
public enum RatingError {
    /** The case does not exist or the caller did not apply for it: the same answer for both. */
    RATING_SUBJECT_NOT_FOUND(404),
    /** Only a case a department closed with a result (办结) can be rated. */
    CASE_NOT_CLOSED(409),
    /** 一事一评: the case has its rating; ratings cannot be changed. */
    ALREADY_RATED(409),
    RATING_LEVEL_INVALID(400),
    /** An unknown tag, or one that does not go with the level (praise for 1–3, criticism for 4–5). */
    RATING_TAG_INVALID(400),
    RATING_COMMENT_TOO_LONG(400),
    RATING_NOT_FOUND(404),
    /** Another department's rectification, or none: the same answer for both. */
    RECTIFICATION_NOT_FOUND(404),
    RECTIFICATION_ALREADY_REPLIED(409),
    RECTIFICATION_FINDING_REQUIRED(400),
    RECTIFICATION_ACTION_REQUIRED(400),
    RECTIFICATION_REPLY_REQUIRED(400),
    RECTIFICATION_TEXT_TOO_LONG(400),
    /** The rater answers once, and only after the department has replied. */
    FEEDBACK_NOT_ALLOWED(409),
    /** A performance period's month is not a {@code YYYY-MM} month from 2000 on. */
    PERIOD_MONTH_INVALID(400),
    /** A custom period needs both its first and last day. */
    PERIOD_INCOMPLETE(400),
    /** A first or last day that is not a {@code YYYY-MM-DD} date from 2000 on. */
    PERIOD_DATE_INVALID(400),
    /** The last day comes before the first. */
    PERIOD_REVERSED(400),
    /** A custom period of more than 366 days. */
    PERIOD_TOO_LONG(400),
    /** A period that starts after today has no figures yet. */
    PERIOD_IN_FUTURE(400),
    /** Another department's figures, or an unknown department: the same answer for both. */
    PERFORMANCE_DEPARTMENT_NOT_FOUND(404);

    private final int status;

    RatingError(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The code as it appears in pages and the audit log, e.g. {@code already_rated}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
