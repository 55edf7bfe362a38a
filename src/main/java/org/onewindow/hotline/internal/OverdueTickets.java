package org.onewindow.hotline.internal;

import java.util.UUID;
import org.onewindow.deadline.DeadlinePassed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Marks a ticket overdue when its sign-for or reply limit passes, for the supervisor's overview. */
@Component
class OverdueTickets {

    private final TicketRecords records;

    OverdueTickets(TicketRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(DeadlinePassed event) {
        if (TicketClock.SIGN.equals(event.subjectType()) || TicketClock.REPLY.equals(event.subjectType())) {
            records.markOverdue(UUID.fromString(event.subjectKey()));
        }
    }
}
