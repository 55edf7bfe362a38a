package org.onewindow.hotline.internal;

import java.time.Clock;
import java.util.UUID;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 改派: the dispatcher moves a ticket a department holds to another department, with a reason.
 * The new department starts a fresh round: it signs for the ticket, and both limits (sign-for and
 * reply) restart from the reassignment; the earlier round's limits are cancelled, a pending
 * extension request is withdrawn, and the overdue mark of the earlier round is cleared (its
 * lateness stays on record in the timings).
 */
@Service
class ReassigningTickets {

    private final TicketSteps steps;
    private final DispatchCatalogue catalogue;
    private final Departments departments;
    private final TicketClock ticketClock;
    private final TicketExtensions extensions;
    private final Clock clock;

    ReassigningTickets(TicketSteps steps, DispatchCatalogue catalogue, Departments departments,
            TicketClock ticketClock, TicketExtensions extensions, Clock clock) {
        this.steps = steps;
        this.catalogue = catalogue;
        this.departments = departments;
        this.ticketClock = ticketClock;
        this.extensions = extensions;
        this.clock = clock;
    }

    @Transactional
    Ticket reassign(OneWindowUser dispatcher, UUID ticketId, int version, UUID departmentId, String reason,
            Acting who) {
        Ticket ticket = steps.load(ticketId, version);
        CentreScope.require(dispatcher, ticket);
        if (reason == null || reason.isBlank()) {
            throw new HotlineException(HotlineError.REASON_REQUIRED);
        }
        Department department = (departmentId == null ? java.util.Optional.<Department>empty()
                : departments.byId(departmentId))
                .orElseThrow(() -> new HotlineException(HotlineError.DEPARTMENT_NOT_FOUND));
        if (department.id().equals(ticket.departmentId())) {
            throw new HotlineException(HotlineError.REASSIGN_SAME_DEPARTMENT);
        }
        HotlineService service = catalogue.service(ticket.serviceCode())
                .orElseThrow(() -> new HotlineException(HotlineError.SERVICE_UNKNOWN));
        Ticket after = ticket.moved(ticket.state().reassign(), clock.instant()).withDepartment(department.id())
                .onTime();
        extensions.withdrawPending(ticket.id(), who);
        Ticket saved = steps.save(ticket, after, "reassigned", department.name() + "：" + reason.strip(), true, who);
        ticketClock.dispatched(saved, service.replyLimit());
        return saved;
    }
}
