package org.onewindow.hotline.internal;

import java.util.Optional;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.TimeLimit;
import org.springframework.stereotype.Component;

/**
 * Times each ticket's steps through the {@code deadline} module: signing for within the
 * catalogue's sign-for limit, and replying within the service's deadline class, both counted
 * from the dispatch.
 */
@Component
class TicketClock {

    static final String SIGN = "hotline.sign";
    static final String REPLY = "hotline.reply";

    private final Deadlines deadlines;
    private final DispatchCatalogue catalogue;

    TicketClock(Deadlines deadlines, DispatchCatalogue catalogue) {
        this.deadlines = deadlines;
        this.catalogue = catalogue;
    }

    /** A dispatch (again after a dispute or a reopening) starts both limits afresh. */
    void dispatched(Ticket ticket, TimeLimit replyLimit) {
        stop(sign(ticket));
        stop(reply(ticket));
        deadlines.start(sign(ticket), catalogue.signFor());
        deadlines.start(reply(ticket), replyLimit);
    }

    void signed(Ticket ticket) {
        complete(sign(ticket));
    }

    void replied(Ticket ticket) {
        complete(sign(ticket));
        complete(reply(ticket));
    }

    /** Disputed, merged, closed: the department no longer has to do anything in time. */
    void stopped(Ticket ticket) {
        stop(sign(ticket));
        stop(reply(ticket));
    }

    Optional<Deadline> replyDeadline(Ticket ticket) {
        return deadlines.find(reply(ticket));
    }

    Optional<Deadline> signDeadline(Ticket ticket) {
        return deadlines.find(sign(ticket));
    }

    private void complete(DeadlineSubject subject) {
        if (active(subject)) {
            deadlines.complete(subject);
        }
    }

    private void stop(DeadlineSubject subject) {
        if (active(subject)) {
            deadlines.cancel(subject);
        }
    }

    private boolean active(DeadlineSubject subject) {
        return deadlines.find(subject).map(d -> d.state().isActive()).orElse(false);
    }

    static DeadlineSubject sign(Ticket ticket) {
        return DeadlineSubject.of(SIGN, ticket.id().toString());
    }

    static DeadlineSubject reply(Ticket ticket) {
        return DeadlineSubject.of(REPLY, ticket.id().toString());
    }
}
