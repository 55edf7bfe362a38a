package org.onewindow.hotline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.hotline.TicketState;
import org.onewindow.platform.UploadRejected;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.MessageGateway;
import org.onewindow.shared.MobileNumber;
import org.onewindow.shared.OutgoingMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a ticket in (受理) from any channel, gives it a number and acknowledges it by SMS at once
 * (GB/T 33358: within 3 minutes). An emergency is recorded as transferred to 110/119/120/122
 * and is not dispatched.
 */
@Service
class ReceivingTickets {

    private final TicketValidation validation;
    private final TicketNumbers numbers;
    private final TicketRecords records;
    private final TicketHistory history;
    private final Contacts contacts;
    private final TicketPhotos photos;
    private final MessageGateway messages;
    private final AuditLog audit;
    private final Clock clock;

    ReceivingTickets(TicketValidation validation, TicketNumbers numbers, TicketRecords records,
            TicketHistory history, Contacts contacts, TicketPhotos photos, MessageGateway messages, AuditLog audit,
            Clock clock) {
        this.validation = validation;
        this.numbers = numbers;
        this.records = records;
        this.history = history;
        this.contacts = contacts;
        this.photos = photos;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Takes the ticket in; throws {@link HotlineException} with the first problem if it is invalid. */
    @Transactional
    Ticket receive(NewTicket input, Acting who) {
        return receive(input, TicketMedia.NONE, who);
    }

    /**
     * Takes the ticket in with its photos; throws {@link HotlineException} with the first problem
     * of the fields, or {@link UploadRejected} for a photo, and then stores nothing.
     */
    @Transactional
    Ticket receive(NewTicket input, TicketMedia media, Acting who) {
        Map<String, HotlineError> errors = validation.check(input);
        if (!errors.isEmpty()) {
            HotlineException refused = new HotlineException(errors.values().iterator().next());
            audit.recordIndependently(AuditRecord.of(AuditEvent.TICKET_ACCEPTED, who.actor(), AuditResult.FAILURE)
                    .withIp(who.ip()).withDetail(refused.code()));
            throw refused;
        }
        Instant now = clock.instant();
        MobileNumber mobile = blank(input.contactMobile()) ? null : MobileNumber.parse(input.contactMobile());
        boolean emergency = input.emergencyService() != null;
        TicketState state = emergency ? TicketState.TRANSFERRED : TicketState.ACCEPTED;
        Ticket ticket = new Ticket(UUID.randomUUID(), numbers.next(now), input.channel(), input.serviceCode(),
                input.description().strip(), blank(input.address()) ? null : input.address().strip(),
                DivisionCode.parse(input.district()), input.lat(), input.lng(), Map.copyOf(input.attributes()),
                input.reporterId(), contacts.encryptName(input.contactName()), contacts.encryptMobile(mobile),
                input.confidential(), input.emergencyService(), state, null, null, null, null, null, false,
                input.apiKeyId(), now, now, emergency ? now : null, 0,
                media.externalUrl() == null ? null : media.externalUrl().strip());
        records.insert(ticket, contacts.mobileIndex(mobile));
        attach(ticket, media, who);
        // The department reads the timeline: a confidential reporter is not named there either.
        String actorName = input.confidential() && input.reporterId() != null
                ? Acting.anonymousReporter(who.ip()).name() : who.name();
        history.append(ticket.id(), new TicketHistory.Step(now, "accepted", TicketState.ACCEPTED, actorName,
                who.departmentId(), null, true));
        if (emergency) {
            history.append(ticket.id(), new TicketHistory.Step(now, "transferred", state, who.name(),
                    who.departmentId(), input.emergencyService(), true));
        }
        audit.record(AuditRecord.of(AuditEvent.TICKET_ACCEPTED, who.actor(), AuditResult.SUCCESS)
                .withIp(who.ip()).withObject("ticket", ticket.number())
                .withDetail(input.channel() + " " + input.serviceCode() + (emergency ? " emergency" : "")));
        if (mobile != null && !emergency) {
            messages.send(new OutgoingMessage(OutgoingMessage.Channel.SMS, mobile.value(), null,
                    "【12345】您的诉求已受理，工单号 " + ticket.number() + "，可凭工单号查询办理进度。",
                    "hotline_acknowledgement"));
        }
        return ticket;
    }

    private void attach(Ticket ticket, TicketMedia media, Acting who) {
        try {
            for (TicketPhotos.Photo photo : photos.add(ticket.id(), media.photos())) {
                audit.record(AuditRecord.of(AuditEvent.ATTACHMENT_UPLOADED, who.actor(), AuditResult.SUCCESS)
                        .withIp(who.ip()).withObject("ticket", ticket.number())
                        .withDetail("photo " + photo.id() + " sha256 " + photo.sha256()));
            }
        } catch (UploadRejected rejected) {
            audit.recordIndependently(AuditRecord.of(AuditEvent.ATTACHMENT_REJECTED, who.actor(), AuditResult.DENIED)
                    .withIp(who.ip()).withObject("ticket", "new").withDetail("photo: " + rejected.code()));
            throw rejected;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
