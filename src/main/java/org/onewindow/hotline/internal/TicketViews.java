package org.onewindow.hotline.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.onewindow.deadline.Deadline;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Region;
import org.onewindow.shared.ChinaTime;
import org.springframework.stereotype.Component;

/** Builds what pages show of a ticket, for the centre, the department or the reporter. */
@Component
class TicketViews {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ChinaTime.ZONE);

    /** Who is looking, which decides what they see of the reporter and of the timeline. */
    enum Viewer {
        CENTRE,
        DEPARTMENT,
        REPORTER
    }

    private final DispatchCatalogue catalogue;
    private final Departments departments;
    private final TicketHistory history;
    private final TicketRecords records;
    private final TicketClock ticketClock;
    private final Contacts contacts;
    private final TicketPhotos photos;

    TicketViews(DispatchCatalogue catalogue, Departments departments, TicketHistory history, TicketRecords records,
            TicketClock ticketClock, Contacts contacts, TicketPhotos photos) {
        this.catalogue = catalogue;
        this.departments = departments;
        this.history = history;
        this.records = records;
        this.ticketClock = ticketClock;
        this.contacts = contacts;
        this.photos = photos;
    }

    /** A row of a list: no timeline, no deadlines looked up. */
    TicketView row(Ticket ticket, Viewer viewer) {
        return view(ticket, viewer, false);
    }

    TicketView full(Ticket ticket, Viewer viewer) {
        return view(ticket, viewer, true);
    }

    List<TicketView> rows(List<Ticket> tickets, Viewer viewer) {
        return tickets.stream().map(t -> row(t, viewer)).toList();
    }

    String serviceName(String code) {
        return catalogue.service(code).map(HotlineService::name).orElse(code);
    }

    private TicketView view(Ticket ticket, Viewer viewer, boolean full) {
        var service = catalogue.service(ticket.serviceCode());
        List<TicketHistory.Step> timeline = !full ? List.of()
                : viewer == Viewer.REPORTER ? history.publicOf(ticket.id()) : history.of(ticket.id());
        return new TicketView(ticket.id(), ticket.number(), ticket.version(), ticket.channel().name(),
                ticket.serviceCode(), service.map(HotlineService::name).orElse(ticket.serviceCode()),
                service.map(s -> s.category().messageKey()).orElse(""), ticket.state(),
                departments.region(ticket.district()).map(Region::name).orElse(ticket.district().value()),
                ticket.address(), ticket.description(), ticket.attributes(), TIME.format(ticket.createdAt()),
                ticket.departmentId() == null ? null
                        : departments.byId(ticket.departmentId()).map(Department::name).orElse(null),
                ticket.departmentId(), ticket.reply(), ticket.satisfaction(), ticket.solved(), ticket.confidential(),
                ticket.emergencyService(), ticket.overdue(),
                full ? due(ticketClock.signDeadline(ticket).orElse(null)) : null,
                full ? due(ticketClock.replyDeadline(ticket).orElse(null)) : null,
                ticket.mainTicketId() == null ? null
                        : records.byId(ticket.mainTicketId()).map(Ticket::number).orElse(null),
                reporter(ticket, viewer), timeline, full ? photos.of(ticket.id()) : List.of());
    }

    /** Departments never see who reported a confidential ticket; nobody here sees a contact unmasked. */
    private String reporter(Ticket ticket, Viewer viewer) {
        if (viewer == Viewer.REPORTER || (viewer == Viewer.DEPARTMENT && ticket.confidential())) {
            return null;
        }
        Contacts.Contact contact = contacts.of(ticket);
        String text = (contact.maskedName() + " " + contact.maskedMobile()).strip();
        return text.isEmpty() ? "—" : text;
    }

    private static String due(Deadline deadline) {
        if (deadline == null || deadline.dueAt() == null || !deadline.state().isActive()) {
            return null;
        }
        Instant due = deadline.dueAt();
        return TIME.format(due) + (deadline.overdue() ? " ⚠" : "");
    }
}
