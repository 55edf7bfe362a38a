package org.onewindow.hotline.internal;

import java.time.Duration;
import java.util.Optional;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.identity.RateLimits;
import org.springframework.stereotype.Service;

/**
 * Finds an anonymous ticket by its number and access code, for a reporter without an account.
 * An unknown number and a wrong code answer alike; look-ups are limited per network address.
 */
@Service
class FollowingTickets {

    /** What a look-up found. */
    sealed interface Lookup {
        record Found(Ticket ticket) implements Lookup {}

        record Wrong() implements Lookup {}

        record Limited() implements Lookup {}
    }

    private final TicketRecords records;
    private final AccessCodes accessCodes;
    private final RateLimits limits;
    private final HotlineProperties properties;
    private final AuditLog audit;

    FollowingTickets(TicketRecords records, AccessCodes accessCodes, RateLimits limits,
            HotlineProperties properties, AuditLog audit) {
        this.records = records;
        this.accessCodes = accessCodes;
        this.limits = limits;
        this.properties = properties;
        this.audit = audit;
    }

    Lookup find(String number, String code, String ip) {
        if (!limits.tryAcquire("hotline-follow-ip:" + ip, properties.followAttemptsPerIpPerHour(),
                Duration.ofHours(1))) {
            audit.recordIndependently(AuditRecord.of(AuditEvent.RATE_LIMITED, Actor.anonymous(), AuditResult.DENIED)
                    .withIp(ip).withObject("hotline", "follow").withDetail("follow_limit"));
            return new Lookup.Limited();
        }
        Optional<Ticket> ticket = number == null ? Optional.empty() : records.byNumber(number.strip())
                .filter(t -> records.accessCodeHash(t.id())
                        .map(hash -> accessCodes.matches(t.id(), hash, code)).orElse(false));
        if (ticket.isEmpty()) {
            audit.recordIndependently(AuditRecord.of(AuditEvent.TICKET_ACTION, Actor.anonymous(), AuditResult.DENIED)
                    .withIp(ip).withObject("ticket", number == null ? "" : abbreviated(number.strip()))
                    .withDetail("follow: access_code_wrong"));
            return new Lookup.Wrong();
        }
        return new Lookup.Found(ticket.get());
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) : text;
    }
}
