package org.onewindow.rating.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onewindow.rating.RatingLevel;

/**
 * The fixed tags a rater may add: praise goes with 4 and 5, criticism with 1 to 3 (基本满意 may
 * say what could be better). Stored by their code; labels are in the messages.
 */
enum RatingTag {
    EFFICIENT(Kind.PRAISE),
    FRIENDLY(Kind.PRAISE),
    CLEAR_GUIDANCE(Kind.PRAISE),
    DONE_IN_ONE_TRIP(Kind.PRAISE),
    EASY_ONLINE(Kind.PRAISE),
    SLOW(Kind.CRITICISM),
    TOO_MANY_MATERIALS(Kind.CRITICISM),
    MULTIPLE_TRIPS(Kind.CRITICISM),
    OVERDUE(Kind.CRITICISM),
    POOR_ATTITUDE(Kind.CRITICISM),
    UNCLEAR_GUIDANCE(Kind.CRITICISM);

    /** Whether a tag praises or criticises. */
    enum Kind {
        PRAISE,
        CRITICISM;

        boolean fits(RatingLevel level) {
            return this == PRAISE ? level.satisfied() : !level.satisfied();
        }
    }

    private final Kind kind;

    RatingTag(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** The stored code, e.g. {@code too_many_materials}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of its label, e.g. {@code rating.tag.too_many_materials}. */
    public String messageKey() {
        return "rating.tag." + code();
    }

    boolean fits(RatingLevel level) {
        return kind.fits(level);
    }

    static Optional<RatingTag> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }

    static List<RatingTag> of(Kind kind) {
        return Arrays.stream(values()).filter(t -> t.kind == kind).toList();
    }
}
