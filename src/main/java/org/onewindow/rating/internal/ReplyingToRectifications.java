package org.onewindow.rating.internal;

import java.time.Clock;
import java.util.UUID;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.deadline.Deadline;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.rating.RatingError;
import org.onewindow.rating.RatingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsible department closes a rectification: what it found when it verified the
 * complaint, what it did, and its answer to the rater, all three at once. Only that department
 * may; the reply stops the time limit and records whether it came in time.
 */
@Service
class ReplyingToRectifications {

    /** The longest finding, action or reply accepted, in characters. */
    static final int MAX_TEXT = 2000;

    private final RectificationScope scope;
    private final RectificationRecords records;
    private final RectificationClock rectificationClock;
    private final AuditLog audit;
    private final Clock clock;

    ReplyingToRectifications(RectificationScope scope, RectificationRecords records,
            RectificationClock rectificationClock, AuditLog audit, Clock clock) {
        this.scope = scope;
        this.records = records;
        this.rectificationClock = rectificationClock;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Rectification reply(OneWindowUser staff, Acting who, UUID id, String finding, String action, String reply) {
        Rectification rectification = scope.ofOwnDepartment(staff, id);
        rectification.state().reply();
        String checkedFinding = required(finding, RatingError.RECTIFICATION_FINDING_REQUIRED);
        String checkedAction = required(action, RatingError.RECTIFICATION_ACTION_REQUIRED);
        String checkedReply = required(reply, RatingError.RECTIFICATION_REPLY_REQUIRED);
        Deadline limit = rectificationClock.replied(id);
        if (!records.reply(id, checkedFinding, checkedAction, checkedReply, who.accountId(), who.name(),
                clock.instant(), !limit.overdue())) {
            throw new RatingException(RatingError.RECTIFICATION_ALREADY_REPLIED);
        }
        audit.record(AuditRecord.of(AuditEvent.RECTIFICATION_REPLIED, who.actor(), AuditResult.SUCCESS)
                .withIp(who.ip()).withObject("rectification", id.toString())
                .withDetail(limit.overdue() ? "replied late" : "replied on time"));
        return records.byId(id).orElseThrow();
    }

    /** Records a refused reply in a transaction of its own, so that it stays on record. */
    void refused(Acting who, UUID id, RatingException e) {
        AuditResult result = e.error().status() == 404 ? AuditResult.DENIED : AuditResult.FAILURE;
        audit.recordIndependently(AuditRecord.of(AuditEvent.RECTIFICATION_REPLIED, who.actor(), result)
                .withIp(who.ip()).withObject("rectification", id.toString()).withDetail(e.code()));
    }

    private static String required(String text, RatingError missing) {
        if (text == null || text.isBlank()) {
            throw new RatingException(missing);
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_TEXT) {
            throw new RatingException(RatingError.RECTIFICATION_TEXT_TOO_LONG);
        }
        return stripped;
    }
}
