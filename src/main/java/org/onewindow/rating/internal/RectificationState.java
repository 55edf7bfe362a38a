package org.onewindow.rating.internal;

import org.onewindow.rating.RatingError;
import org.onewindow.rating.RatingException;

/** Where a rectification stands: open until the department replies to the rater. */
enum RectificationState {
    /** The department has to verify, act and reply. */
    OPEN,
    /** The department replied; the rater may say whether the reply satisfied them. */
    REPLIED;

    RectificationState reply() {
        if (this != OPEN) {
            throw new RatingException(RatingError.RECTIFICATION_ALREADY_REPLIED);
        }
        return REPLIED;
    }
}
