package org.onewindow.hotline.internal;

import java.time.Clock;
import java.util.UUID;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.OneWindowUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate into a main ticket: the duplicate is closed with a pointer to the main one,
 * whose result its reporter is told when the main one closes.
 */
@Service
class MergingTickets {

    private final TicketSteps steps;
    private final TicketClock ticketClock;
    private final Clock clock;

    MergingTickets(TicketSteps steps, TicketClock ticketClock, Clock clock) {
        this.steps = steps;
        this.ticketClock = ticketClock;
        this.clock = clock;
    }

    @Transactional
    Ticket merge(OneWindowUser operator, UUID followerId, int version, UUID mainId, Acting who) {
        Ticket follower = steps.load(followerId, version);
        Ticket main = steps.load(mainId);
        CentreScope.require(operator, follower);
        CentreScope.require(operator, main);
        if (main.id().equals(follower.id()) || !main.state().isOpen() || main.mainTicketId() != null) {
            throw new HotlineException(HotlineError.MERGE_INVALID);
        }
        Ticket after = follower.moved(follower.state().mergeInto(), clock.instant()).following(main.id())
                .withDepartment(null);
        Ticket saved = steps.save(follower, after, "merged", main.number(), true, who);
        ticketClock.stopped(saved);
        return saved;
    }
}
