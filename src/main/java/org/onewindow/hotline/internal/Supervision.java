package org.onewindow.hotline.internal;

import java.util.UUID;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.OneWindowUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A supervisor's note (督办) on an open ticket, which the holding department sees on its timeline. */
@Service
class Supervision {

    private final TicketSteps steps;

    Supervision(TicketSteps steps) {
        this.steps = steps;
    }

    @Transactional
    Ticket note(OneWindowUser supervisor, UUID ticketId, String note, Acting who) {
        Ticket ticket = steps.load(ticketId);
        CentreScope.require(supervisor, ticket);
        if (!ticket.state().isOpen()) {
            throw new HotlineException(HotlineError.TICKET_STATE_CONFLICT);
        }
        if (note == null || note.isBlank()) {
            throw new HotlineException(HotlineError.REASON_REQUIRED);
        }
        return steps.save(ticket, ticket, "supervised", "督办：" + note.strip(), false, who);
    }
}
