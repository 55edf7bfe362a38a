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

    /** Completes the sign-for limit; whether it was met, if one was running. */
    Optional<Boolean> signed(Ticket ticket) {
        return complete(sign(ticket));
    }

    /** Completes both limits; whether the reply limit was met, if one was running. */
    Optional<Boolean> replied(Ticket ticket) {
        complete(sign(ticket));
        return complete(reply(ticket));
    }

    /** Adds time to the running reply limit (an approved extension); the reason holds no personal data. */
    Deadline extendReply(Ticket ticket, int units) {
        return deadlines.extend(reply(ticket), units, "hotline extension approved");
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

    private Optional<Boolean> complete(DeadlineSubject subject) {
        if (active(subject)) {
            return Optional.of(!deadlines.complete(subject).overdue());
        }
        return Optional.empty();
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
