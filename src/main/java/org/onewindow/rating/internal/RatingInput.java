package org.onewindow.rating.internal;

import java.util.List;

/**
 * A rating as the rater sent it, not yet checked.
 *
 * @param level the level as given, 1–5 expected (0 when none was chosen)
 * @param tags tag codes as given
 * @param comment the comment as given, or {@code null}
 */
record RatingInput(int level, List<String> tags, String comment) {

    RatingInput {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
