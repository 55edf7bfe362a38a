package org.onewindow.hotline.internal;

import java.time.Clock;
import java.util.UUID;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.OneWindowUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the department holding a ticket does: sign for it (签收), handle it (办理), reply (答复), or
 * dispute the dispatch (退单) with a reason. Only the holding department may act.
 */
@Service
class DepartmentHandling {

    private final TicketSteps steps;
    private final TicketClock ticketClock;
    private final TicketTimings timings;
    private final TicketExtensions extensions;
    private final Clock clock;

    DepartmentHandling(TicketSteps steps, TicketClock ticketClock, TicketTimings timings,
            TicketExtensions extensions, Clock clock) {
        this.steps = steps;
        this.ticketClock = ticketClock;
        this.timings = timings;
        this.extensions = extensions;
        this.clock = clock;
    }

    /** A ticket the officer's department holds or held; any other is not found. */
    Ticket visible(OneWindowUser officer, UUID ticketId) {
        Ticket ticket = steps.load(ticketId);
        CentreScope.requireDepartment(officer, ticket);
        return ticket;
    }

    @Transactional
    Ticket signFor(OneWindowUser officer, UUID ticketId, int version, Acting who) {
        Ticket ticket = holding(officer, ticketId, version);
        Ticket saved = steps.save(ticket, ticket.moved(ticket.state().signFor(), clock.instant()), "signed", null,
                true, who);
        ticketClock.signed(saved).ifPresent(onTime ->
                timings.record(saved, TicketTimings.SIGN, onTime, saved.updatedAt()));
        return saved;
    }

    @Transactional
    Ticket startHandling(OneWindowUser officer, UUID ticketId, int version, String note, Acting who) {
        Ticket ticket = holding(officer, ticketId, version);
        return steps.save(ticket, ticket.moved(ticket.state().startHandling(), clock.instant()), "handling",
                blankToNull(note), false, who);
    }

    @Transactional
    Ticket reply(OneWindowUser officer, UUID ticketId, int version, String text, Acting who) {
        Ticket ticket = holding(officer, ticketId, version);
        if (text == null || text.isBlank()) {
            throw new HotlineException(HotlineError.REPLY_REQUIRED);
        }
        Ticket after = ticket.moved(ticket.state().reply(), clock.instant()).withReply(text.strip());
        extensions.withdrawPending(ticket.id(), who);
        Ticket saved = steps.save(ticket, after, "replied", text.strip(), true, who);
        ticketClock.replied(saved).ifPresent(onTime ->
                timings.record(saved, TicketTimings.REPLY, onTime, saved.updatedAt()));
        return saved;
    }

    /** 退单: back to the dispatcher with the reason; the department lets go of the ticket. */
    @Transactional
    Ticket dispute(OneWindowUser officer, UUID ticketId, int version, String reason, Acting who) {
        Ticket ticket = holding(officer, ticketId, version);
        if (reason == null || reason.isBlank()) {
            throw new HotlineException(HotlineError.REASON_REQUIRED);
        }
        Ticket after = ticket.moved(ticket.state().dispute(), clock.instant()).withDepartment(null);
        extensions.withdrawPending(ticket.id(), who);
        Ticket saved = steps.save(ticket, after, "disputed", reason.strip(), false, who);
        ticketClock.stopped(saved);
        return saved;
    }

    private Ticket holding(OneWindowUser officer, UUID ticketId, int version) {
        Ticket ticket = steps.load(ticketId);
        if (officer.scope() == null || ticket.departmentId() == null
                || !ticket.departmentId().equals(officer.scope().departmentId())) {
            throw new HotlineException(HotlineError.NOT_HOLDING_DEPARTMENT);
        }
        if (ticket.version() != version) {
            throw new HotlineException(HotlineError.TICKET_VERSION_CONFLICT);
        }
        return ticket;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
