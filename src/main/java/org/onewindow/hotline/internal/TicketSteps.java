package org.onewindow.hotline.internal;

import java.time.Clock;
import java.util.UUID;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.springframework.stereotype.Component;

/**
 * Saves one step of a ticket: the version check, the new state, a row on the timeline and an
 * audit entry, all in the caller's transaction.
 */
@Component
class TicketSteps {

    private final TicketRecords records;
    private final TicketHistory history;
    private final AuditLog audit;
    private final Clock clock;

    TicketSteps(TicketRecords records, TicketHistory history, AuditLog audit, Clock clock) {
        this.records = records;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    Ticket load(UUID id) {
        return records.byId(id).orElseThrow(() -> new HotlineException(HotlineError.TICKET_NOT_FOUND));
    }

    /** Loads the ticket the caller saw, refusing if someone changed it meanwhile. */
    Ticket load(UUID id, int version) {
        Ticket ticket = load(id);
        if (ticket.version() != version) {
            throw new HotlineException(HotlineError.TICKET_VERSION_CONFLICT);
        }
        return ticket;
    }

    /**
     * Stores {@code after} over {@code before} and records the step.
     *
     * @param action the timeline's and audit log's name for the step, e.g. {@code dispatched}
     * @param note shown on the timeline; never stored in the audit log (it may hold personal data)
     * @param publicNote whether the reporter sees the step
     */
    Ticket save(Ticket before, Ticket after, String action, String note, boolean publicNote, Acting who) {
        Ticket saved = records.update(before, after);
        history.append(saved.id(), new TicketHistory.Step(clock.instant(), action, saved.state(), who.name(),
                who.departmentId(), note, publicNote));
        audit.record(AuditRecord.of(AuditEvent.TICKET_ACTION, who.actor(), AuditResult.SUCCESS)
                .withIp(who.ip()).withObject("ticket", saved.number()).withDetail(action + " -> " + saved.state()));
        return saved;
    }

    /** Records a refused step in a transaction of its own, so that it stays on record. */
    void refused(String ticketRef, String action, HotlineException e, Acting who) {
        AuditResult result = e.error().status() == 403 || e.error().status() == 404
                ? AuditResult.DENIED : AuditResult.FAILURE;
        audit.recordIndependently(AuditRecord.of(AuditEvent.TICKET_ACTION, who.actor(), result)
                .withIp(who.ip()).withObject("ticket", ticketRef).withDetail(action + ": " + e.code()));
    }
}
