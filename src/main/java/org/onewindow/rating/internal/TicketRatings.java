package org.onewindow.rating.internal;

import java.util.Set;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.hotline.ReturnVisitRecorded;
import org.onewindow.rating.RatingLevel;
import org.onewindow.rating.SubjectKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the satisfaction of each 12345 return visit as a rating of the ticket, once per visit
 * (a redelivered event finds its visit recorded and changes nothing). A poor rating of a ticket
 * the reporter says is solved opens a rectification like a case's; one that is not solved does
 * not, because the hotline reopens the ticket with the same department instead.
 */
@Component
class TicketRatings {

    private final RatingRecords ratings;
    private final OpeningRectifications rectifications;
    private final AuditLog audit;

    TicketRatings(RatingRecords ratings, OpeningRectifications rectifications, AuditLog audit) {
        this.ratings = ratings;
        this.rectifications = rectifications;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ReturnVisitRecorded visit) {
        RatingLevel level = RatingLevel.of(visit.level())
                .orElseThrow(() -> new IllegalArgumentException("Return visit " + visit.visitId() + " has level "
                        + visit.level()));
        Rating rating = new Rating(java.util.UUID.randomUUID(), SubjectKind.TICKET, visit.ticketId(), visit.number(),
                visit.visitId(), visit.reporterId(), visit.departmentId(), visit.serviceCode(), level, Set.of(), null,
                visit.solved(), Rating.Channel.RETURN_VISIT, visit.occurredAt());
        if (!ratings.insert(rating)) {
            return;
        }
        audit.record(AuditRecord.of(AuditEvent.RATING_RECORDED, Actor.system("rating"), AuditResult.SUCCESS)
                .withObject("ticket", visit.number())
                .withDetail("return visit level " + level.value() + (visit.solved() ? " solved" : " not solved")));
        rectifications.openIfPoor(rating);
    }
}
