package org.onewindow.rating.internal;

import java.util.EnumSet;
import java.util.Set;
import org.onewindow.rating.RatingError;
import org.onewindow.rating.RatingException;
import org.onewindow.rating.RatingLevel;
import org.springframework.stereotype.Component;

/** Checks what a rater sent: the level, the tags that go with it, the comment's length. */
@Component
class RatingRules {

    /** A rating that passed the checks. */
    record Checked(RatingLevel level, Set<RatingTag> tags, String comment) {}

    private final RatingProperties properties;

    RatingRules(RatingProperties properties) {
        this.properties = properties;
    }

    Checked check(RatingInput input) {
        RatingLevel level = RatingLevel.of(input.level())
                .orElseThrow(() -> new RatingException(RatingError.RATING_LEVEL_INVALID));
        Set<RatingTag> tags = EnumSet.noneOf(RatingTag.class);
        for (String code : input.tags()) {
            if (code == null || code.isBlank()) {
                continue;
            }
            RatingTag tag = RatingTag.ofCode(code.strip())
                    .filter(t -> t.fits(level))
                    .orElseThrow(() -> new RatingException(RatingError.RATING_TAG_INVALID));
            tags.add(tag);
        }
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        if (comment != null && comment.codePointCount(0, comment.length()) > properties.commentMaxLength()) {
            throw new RatingException(RatingError.RATING_COMMENT_TOO_LONG);
        }
        return new Checked(level, java.util.Collections.unmodifiableSet(tags), comment);
    }

    int commentMaxLength() {
        return properties.commentMaxLength();
    }
}
