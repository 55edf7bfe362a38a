package org.onewindow.hotline.internal;

import java.time.Clock;
import java.util.UUID;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.hotline.ReturnVisitRecorded;
import org.onewindow.hotline.TicketState;
import org.onewindow.identity.OneWindowUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre calls the reporter back (回访) and records satisfaction on the five levels of the
 * 好差评 rules and whether it is solved; not solved reopens the ticket with the same department
 * and a supervision note (督办), with fresh time limits. Each visit is published as
 * {@link ReturnVisitRecorded}, from which the {@code rating} module records the rating.
 */
@Service
class ReturnVisits {

    private final TicketSteps steps;
    private final DispatchCatalogue catalogue;
    private final TicketClock ticketClock;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnVisits(TicketSteps steps, DispatchCatalogue catalogue, TicketClock ticketClock,
            ApplicationEventPublisher events, Clock clock) {
        this.steps = steps;
        this.catalogue = catalogue;
        this.ticketClock = ticketClock;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Ticket record(OneWindowUser operator, UUID ticketId, int version, int satisfaction, boolean solved,
            String note, Acting who) {
        Ticket ticket = steps.load(ticketId, version);
        CentreScope.require(operator, ticket);
        if (satisfaction < 1 || satisfaction > 5) {
            throw new HotlineException(HotlineError.SATISFACTION_INVALID);
        }
        if (!solved && (note == null || note.isBlank())) {
            throw new HotlineException(HotlineError.REASON_REQUIRED);
        }
        TicketState next = ticket.state().returnVisit(solved);
        Ticket after = ticket.moved(next, clock.instant()).withVisit(satisfaction, solved);
        Ticket saved;
        if (solved) {
            saved = steps.save(ticket, after, "visited", "satisfaction " + satisfaction, true, who);
        } else {
            saved = steps.save(ticket, after.onTime(), "reopened", "督办：" + note.strip(), false, who);
            ticketClock.dispatched(saved, catalogue.service(saved.serviceCode()).orElseThrow().replyLimit());
        }
        events.publishEvent(new ReturnVisitRecorded(UUID.randomUUID(), saved.id(), saved.number(),
                saved.serviceCode(), saved.departmentId(), saved.reporterId(), satisfaction, solved,
                saved.updatedAt()));
        return saved;
    }
}
