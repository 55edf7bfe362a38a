package org.onewindow.rating.internal;

import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.deadline.Deadline;
import org.springframework.stereotype.Component;

/**
 * A poor rating opens a rectification for the responsible department, due in working days from
 * the day of the rating; in the caller's transaction, so that rating and rectification commit
 * together.
 */
@Component
class OpeningRectifications {

    private final RectificationRecords records;
    private final RectificationClock clock;
    private final AuditLog audit;

    OpeningRectifications(RectificationRecords records, RectificationClock clock, AuditLog audit) {
        this.records = records;
        this.clock = clock;
        this.audit = audit;
    }

    /** Opens one if the rating calls for it (see {@link Rating#opensRectification()}). */
    void openIfPoor(Rating rating) {
        if (!rating.opensRectification()) {
            return;
        }
        UUID id = UUID.randomUUID();
        Deadline due = clock.start(id, rating.ratedAt());
        records.insert(new Rectification(id, rating.id(), rating.departmentId(), RectificationState.OPEN,
                rating.ratedAt(), due.dueDate(), due.dueAt(), false, null, null, null, null, null, null, null, null,
                null));
        audit.record(AuditRecord.of(AuditEvent.RECTIFICATION_OPENED, Actor.system("rating"), AuditResult.SUCCESS)
                .withObject("rectification", id.toString())
                .withDetail(rating.kind() + " " + rating.subjectRef() + " level " + rating.level().value()
                        + " due " + due.dueDate()));
    }
}
