package org.onewindow.rating.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.TimeLimit;
import org.springframework.stereotype.Component;

/**
 * Times each rectification through the {@code deadline} module, in working days of the
 * State Council's calendar ({@code onewindow.rating.rectification-working-days}, 15).
 */
@Component
class RectificationClock {

    static final String SUBJECT_TYPE = "rating.rectification";

    private final Deadlines deadlines;
    private final RatingProperties properties;

    RectificationClock(Deadlines deadlines, RatingProperties properties) {
        this.deadlines = deadlines;
        this.properties = properties;
    }

    /** Starts the limit, counted from the day of the rating. */
    Deadline start(UUID rectificationId, Instant ratedAt) {
        return deadlines.start(subject(rectificationId),
                TimeLimit.workingDays(properties.rectificationWorkingDays()), ratedAt);
    }

    /** Stops the limit because the department replied; {@link Deadline#overdue()} says if late. */
    Deadline replied(UUID rectificationId) {
        return deadlines.complete(subject(rectificationId));
    }

    /** The limits of a page of rectifications, by rectification id. */
    Map<UUID, Deadline> of(List<Rectification> rectifications) {
        if (rectifications.isEmpty()) {
            return Map.of();
        }
        return deadlines.findAll(SUBJECT_TYPE, rectifications.stream().map(r -> r.id().toString()).toList())
                .stream()
                .collect(Collectors.toMap(d -> UUID.fromString(d.subject().key()), Function.identity(), (a, b) -> a));
    }

    static DeadlineSubject subject(UUID rectificationId) {
        return DeadlineSubject.of(SUBJECT_TYPE, rectificationId.toString());
    }
}
