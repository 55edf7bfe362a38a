package org.onewindow.hotline.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a ticket to the department responsible for its service in its district (派单), or to one
 * the dispatcher picks instead, and starts the sign-for and reply limits.
 */
@Service
class DispatchingTickets {

    private final TicketSteps steps;
    private final DispatchCatalogue catalogue;
    private final Departments departments;
    private final TicketClock ticketClock;
    private final Clock clock;

    DispatchingTickets(TicketSteps steps, DispatchCatalogue catalogue, Departments departments,
            TicketClock ticketClock, Clock clock) {
        this.steps = steps;
        this.catalogue = catalogue;
        this.departments = departments;
        this.ticketClock = ticketClock;
        this.clock = clock;
    }

    /** The department the catalogue names for the ticket's service in its district. */
    Optional<Department> proposed(Ticket ticket) {
        return catalogue.service(ticket.serviceCode())
                .flatMap(service -> departments.responsibleFor(service.function(), ticket.district()));
    }

    /** Dispatches to {@code override} if given, else to the proposed department. */
    @Transactional
    Ticket dispatch(OneWindowUser dispatcher, UUID ticketId, int version, UUID override, String note, Acting who) {
        Ticket ticket = steps.load(ticketId, version);
        CentreScope.require(dispatcher, ticket);
        Department department = (override == null ? proposed(ticket) : departments.byId(override))
                .orElseThrow(() -> new HotlineException(HotlineError.DEPARTMENT_NOT_FOUND));
        HotlineService service = catalogue.service(ticket.serviceCode())
                .orElseThrow(() -> new HotlineException(HotlineError.SERVICE_UNKNOWN));
        Ticket after = ticket.moved(ticket.state().dispatch(), clock.instant()).withDepartment(department.id());
        Ticket saved = steps.save(ticket, after, "dispatched", department.name()
                + (note == null || note.isBlank() ? "" : "：" + note.strip()), true, who);
        ticketClock.dispatched(saved, service.replyLimit());
        return saved;
    }
}
