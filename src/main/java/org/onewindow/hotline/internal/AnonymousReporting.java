package org.onewindow.hotline.internal;

import java.time.Duration;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.RateLimits;
import org.onewindow.shared.MobileNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A web report without an account, from someone who verified a mobile number: limited per network
 * address and per number, and answered with the ticket and an access code to follow it, shown once.
 */
@Service
class AnonymousReporting {

    /** The ticket taken in and the access code its reporter follows it with. */
    record Accepted(Ticket ticket, String accessCode) {}

    private final ReceivingTickets receiving;
    private final TicketRecords records;
    private final AccessCodes accessCodes;
    private final Contacts contacts;
    private final RateLimits limits;
    private final HotlineProperties properties;
    private final AuditLog audit;

    AnonymousReporting(ReceivingTickets receiving, TicketRecords records, AccessCodes accessCodes,
            Contacts contacts, RateLimits limits, HotlineProperties properties, AuditLog audit) {
        this.receiving = receiving;
        this.records = records;
        this.accessCodes = accessCodes;
        this.contacts = contacts;
        this.limits = limits;
        this.properties = properties;
        this.audit = audit;
    }

    /**
     * Takes the report in; {@code input.contactMobile()} is the number the reporter verified. The
     * caller has checked the fields, so that a refused form does not count against the limits.
     */
    @Transactional
    Accepted report(NewTicket input, TicketMedia media, String ip) {
        MobileNumber mobile = MobileNumber.parse(input.contactMobile());
        if (!limits.tryAcquire("hotline-report-ip:" + ip, properties.anonymousReportsPerIpPerHour(),
                Duration.ofHours(1))) {
            throw limited(HotlineError.REPORT_LIMIT_IP, ip, "per address");
        }
        if (!limits.tryAcquire("hotline-report-number:" + contacts.mobileIndex(mobile),
                properties.anonymousReportsPerNumberPerDay(), Duration.ofDays(1))) {
            throw limited(HotlineError.REPORT_LIMIT_NUMBER, ip, "per number " + mobile.masked());
        }
        Ticket ticket = receiving.receive(input, media, Acting.anonymousReporter(ip));
        String code = accessCodes.issue();
        records.setAccessCode(ticket.id(), accessCodes.hash(ticket.id(), code));
        return new Accepted(ticket, code);
    }

    private HotlineException limited(HotlineError error, String ip, String detail) {
        audit.recordIndependently(AuditRecord.of(AuditEvent.RATE_LIMITED, Actor.anonymous(), AuditResult.DENIED)
                .withIp(ip).withObject("hotline", "anonymous report").withDetail(error.code() + " " + detail));
        return new HotlineException(error);
    }
}
