package org.onewindow.rating.internal;

import java.time.Clock;
import java.util.UUID;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.rating.RatingError;
import org.onewindow.rating.RatingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rater reads the department's reply to their poor rating and says, once, whether it
 * satisfied them; the supervisor sees the unsatisfied ones.
 */
@Service
class RaterFeedback {

    private final RatingRecords ratings;
    private final RectificationRecords rectifications;
    private final AuditLog audit;
    private final Clock clock;

    RaterFeedback(RatingRecords ratings, RectificationRecords rectifications, AuditLog audit, Clock clock) {
        this.ratings = ratings;
        this.rectifications = rectifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rater's own rating; anyone else's is not found. */
    Rating own(UUID raterId, UUID ratingId) {
        return ratings.byId(ratingId)
                .filter(r -> raterId.equals(r.raterId()))
                .orElseThrow(() -> new RatingException(RatingError.RATING_NOT_FOUND));
    }

    @Transactional
    void answer(Acting rater, UUID ratingId, boolean satisfied) {
        Rating rating = own(rater.accountId(), ratingId);
        Rectification rectification = rectifications.ofRating(rating.id())
                .filter(Rectification::awaitsFeedback)
                .orElseThrow(() -> new RatingException(RatingError.FEEDBACK_NOT_ALLOWED));
        if (!rectifications.feedback(rectification.id(), satisfied, clock.instant())) {
            throw new RatingException(RatingError.FEEDBACK_NOT_ALLOWED);
        }
        audit.record(AuditRecord.of(AuditEvent.RECTIFICATION_FEEDBACK_GIVEN, rater.actor(), AuditResult.SUCCESS)
                .withIp(rater.ip()).withObject("rectification", rectification.id().toString())
                .withDetail(satisfied ? "satisfied" : "not satisfied"));
    }

    void refused(Acting rater, UUID ratingId, RatingException e) {
        AuditResult result = e.error().status() == 404 ? AuditResult.DENIED : AuditResult.FAILURE;
        audit.recordIndependently(AuditRecord.of(AuditEvent.RECTIFICATION_FEEDBACK_GIVEN, rater.actor(), result)
                .withIp(rater.ip()).withObject("rating", ratingId.toString()).withDetail(e.code()));
    }
}
