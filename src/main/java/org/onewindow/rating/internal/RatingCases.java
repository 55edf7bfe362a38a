package org.onewindow.rating.internal;

import java.time.Clock;
import java.util.UUID;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.casework.CaseSummary;
import org.onewindow.casework.Cases;
import org.onewindow.rating.RatingError;
import org.onewindow.rating.RatingException;
import org.onewindow.rating.SubjectKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant rates a closed case (一事一评): once, on five levels with optional tags and a
 * comment, never changed afterwards. A poor rating opens a rectification for the department that
 * decided the case. Anyone but the applicant is told the case does not exist.
 */
@Service
class RatingCases {

    private final Cases cases;
    private final RatingRules rules;
    private final RatingRecords ratings;
    private final OpeningRectifications rectifications;
    private final AuditLog audit;
    private final Clock clock;

    RatingCases(Cases cases, RatingRules rules, RatingRecords ratings, OpeningRectifications rectifications,
            AuditLog audit, Clock clock) {
        this.cases = cases;
        this.rules = rules;
        this.ratings = ratings;
        this.rectifications = rectifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case as its applicant may rate it: refused if it is not theirs or not closed yet. */
    CaseSummary rateable(UUID applicantId, UUID caseId) {
        CaseSummary summary = applicantsCase(applicantId, caseId);
        if (!summary.status().closedWithResult()) {
            throw new RatingException(RatingError.CASE_NOT_CLOSED);
        }
        return summary;
    }

    /** The applicant's case whatever its state; anyone else's is not found. */
    CaseSummary applicantsCase(UUID applicantId, UUID caseId) {
        return cases.summary(caseId)
                .filter(c -> c.applicantId().equals(applicantId))
                .orElseThrow(() -> new RatingException(RatingError.RATING_SUBJECT_NOT_FOUND));
    }

    @Transactional
    Rating rate(Acting rater, UUID caseId, RatingInput input) {
        CaseSummary summary = rateable(rater.accountId(), caseId);
        if (ratings.ofCase(caseId).isPresent()) {
            throw new RatingException(RatingError.ALREADY_RATED);
        }
        if (summary.responsibleDepartmentId() == null) {
            throw new IllegalStateException("Case " + caseId + " was closed without a responsible department");
        }
        RatingRules.Checked checked = rules.check(input);
        Rating rating = new Rating(UUID.randomUUID(), SubjectKind.CASE, caseId, summary.receiptNumber(), null,
                rater.accountId(), summary.responsibleDepartmentId(), summary.itemCode(), checked.level(),
                checked.tags(), checked.comment(), null, Rating.Channel.PORTAL, clock.instant());
        if (!ratings.insert(rating)) {
            throw new RatingException(RatingError.ALREADY_RATED);
        }
        audit.record(AuditRecord.of(AuditEvent.RATING_RECORDED, rater.actor(), AuditResult.SUCCESS)
                .withIp(rater.ip()).withObject("case", summary.receiptNumber())
                .withDetail("level " + checked.level().value()));
        rectifications.openIfPoor(rating);
        return rating;
    }

    /** Records a refused rating in a transaction of its own, so that it stays on record. */
    void refused(Acting rater, UUID caseId, RatingException e) {
        AuditResult result = e.error().status() == 404 ? AuditResult.DENIED : AuditResult.FAILURE;
        audit.recordIndependently(AuditRecord.of(AuditEvent.RATING_RECORDED, rater.actor(), result)
                .withIp(rater.ip()).withObject("case", caseId.toString()).withDetail(e.code()));
    }
}
