package org.onewindow.hotline.internal;

import java.time.Clock;
import java.util.UUID;
import org.onewindow.hotline.TicketClosed;
import org.onewindow.hotline.TicketState;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.shared.MessageGateway;
import org.onewindow.shared.OutgoingMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a ticket (办结) after a satisfied return visit, or at once when the operator answered a
 * consultation on the phone; the reporters of merged duplicates are told the result by SMS.
 */
@Service
class ClosingTickets {

    private final TicketSteps steps;
    private final TicketRecords records;
    private final TicketClock ticketClock;
    private final Contacts contacts;
    private final MessageGateway messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClosingTickets(TicketSteps steps, TicketRecords records, TicketClock ticketClock, Contacts contacts,
            MessageGateway messages, ApplicationEventPublisher events, Clock clock) {
        this.steps = steps;
        this.records = records;
        this.ticketClock = ticketClock;
        this.contacts = contacts;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Ticket close(OneWindowUser operator, UUID ticketId, int version, String note, Acting who) {
        Ticket ticket = steps.load(ticketId, version);
        CentreScope.require(operator, ticket);
        boolean onTheSpot = ticket.state() == TicketState.ACCEPTED;
        Ticket after = ticket.moved(ticket.state().close(), clock.instant());
        if (onTheSpot && note != null && !note.isBlank()) {
            after = after.withReply(note.strip());
        }
        Ticket saved = steps.save(ticket, after, "closed", note == null || note.isBlank() ? null : note.strip(),
                true, who);
        ticketClock.stopped(saved);
        for (Ticket follower : records.followers(saved.id())) {
            contacts.mobileOf(follower).ifPresent(mobile -> messages.send(new OutgoingMessage(
                    OutgoingMessage.Channel.SMS, mobile.value(), null,
                    "【12345】您反映的问题（工单 " + follower.number() + "）已与工单 " + saved.number()
                            + " 合并办理并已办结。答复：" + (saved.reply() == null ? "已办结" : saved.reply()),
                    "hotline_result")));
        }
        events.publishEvent(new TicketClosed(saved.id(), saved.number(), saved.departmentId(), saved.satisfaction()));
        return saved;
    }
}
