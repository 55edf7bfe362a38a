package org.onewindow.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.identity.internal.security.IdentityAudit;
import org.onewindow.identity.internal.security.IdentityProperties;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.MessageGateway;
import org.onewindow.shared.MobileNumber;
import org.onewindow.shared.OutgoingMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit one-time codes sent by SMS: valid for five minutes, five tries, single use, at most one
 * a minute and ten a day per number (defaults from STANDARDS.md). Only a keyed hash is stored.
 */
@Component
public class OneTimeCodes {

    /** Why a code is sent; a code for one purpose never works for another. */
    public enum Purpose {
        REGISTRATION,
        LOGIN,
        /** Someone without an account proves they hold a number (the hotline's anonymous reports). */
        MOBILE_PROOF
    }

    /** What became of a code sent. */
    public enum Sending {
        SENT,
        TOO_SOON,
        DAILY_LIMIT,
        IP_LIMIT
    }

    /** What a typed code turned out to be. */
    public enum Check {
        VALID,
        WRONG,
        EXPIRED,
        TOO_MANY_TRIES,
        NONE
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonalDataProtection protection;
    private final MessageGateway messages;
    private final RateLimiter limits;
    private final IdentityProperties properties;
    private final IdentityAudit audit;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(
            JdbcClient jdbc,
            Clock clock,
            PersonalDataProtection protection,
            MessageGateway messages,
            RateLimiter limits,
            IdentityProperties properties,
            IdentityAudit audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.protection = protection;
        this.messages = messages;
        this.limits = limits;
        this.properties = properties;
        this.audit = audit;
    }

    /** Sends a fresh code, unless a limit stops it; the text of the SMS names its purpose. */
    @Transactional
    public Sending send(Purpose purpose, MobileNumber mobile, String ip, String text) {
        String number = mobileIndex(mobile);
        Sending refused = checkLimits(number, ip);
        if (refused != null) {
            audit.denied(AuditEvent.RATE_LIMITED, Actor.anonymous(), "mobile", mobile.masked(), "code " + refused);
            return refused;
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into identity.one_time_code (id, purpose, mobile_bidx, code_hash, created_at, expires_at)
                values (:id, :purpose, :mobile, :hash, :now, :expires)""")
                .param("id", id)
                .param("purpose", purpose.name())
                .param("mobile", number)
                .param("hash", hash(id, code))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(properties.codeValidity())))
                .update();
        messages.send(new OutgoingMessage(
                OutgoingMessage.Channel.SMS, mobile.value(), null, text.formatted(code), "one_time_code"));
        audit.success(AuditEvent.ONE_TIME_CODE_SENT, Actor.anonymous(), "mobile", mobile.masked(), purpose.name());
        return Sending.SENT;
    }

    /**
     * Sends a notice (no code) to a number. Only called after a code for the same purpose was
     * verified, which the code limits already bound, so the notice itself is not limited.
     */
    @Transactional
    public Sending sendNotice(MobileNumber mobile, String text) {
        messages.send(new OutgoingMessage(OutgoingMessage.Channel.SMS, mobile.value(), null, text, "notice"));
        return Sending.SENT;
    }

    /** Checks the latest code for the number and purpose; a valid code is used up. */
    @Transactional(noRollbackFor = RuntimeException.class)
    public Check verify(Purpose purpose, MobileNumber mobile, String typed) {
        Optional<StoredCode> latest = jdbc.sql("""
                select id, code_hash, expires_at, attempts, consumed_at from identity.one_time_code
                where mobile_bidx = :mobile and purpose = :purpose
                order by created_at desc limit 1 for update""")
                .param("mobile", mobileIndex(mobile))
                .param("purpose", purpose.name())
                .query((rs, n) -> new StoredCode(
                        rs.getObject("id", UUID.class),
                        rs.getString("code_hash"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getInt("attempts"),
                        rs.getTimestamp("consumed_at") != null))
                .optional();
        Check result = latest.map(code -> check(code, typed)).orElse(Check.NONE);
        if (result == Check.VALID) {
            audit.success(AuditEvent.ONE_TIME_CODE_VERIFIED, Actor.anonymous(), "mobile", mobile.masked(), purpose.name());
        } else {
            audit.failure(AuditEvent.ONE_TIME_CODE_FAILED, Actor.anonymous(), "mobile", mobile.masked(), result.name());
        }
        return result;
    }

    private Check check(StoredCode code, String typed) {
        if (code.consumed()) {
            return Check.NONE;
        }
        if (code.expiresAt().isBefore(clock.instant())) {
            return Check.EXPIRED;
        }
        if (code.attempts() >= properties.codeMaxAttempts()) {
            return Check.TOO_MANY_TRIES;
        }
        boolean matches = typed != null && typed.strip().matches("\\d{6}") && hash(code.id(), typed.strip()).equals(code.hash());
        jdbc.sql("update identity.one_time_code set attempts = attempts + 1, consumed_at = :consumed where id = :id")
                .param("consumed", matches ? Timestamp.from(clock.instant()) : null)
                .param("id", code.id())
                .update();
        if (matches) {
            return Check.VALID;
        }
        return code.attempts() + 1 >= properties.codeMaxAttempts() ? Check.TOO_MANY_TRIES : Check.WRONG;
    }

    private Sending checkLimits(String number, String ip) {
        if (!limits.tryAcquire("code-ip:" + ip, properties.codesPerIpPerHour(), Duration.ofHours(1))) {
            return Sending.IP_LIMIT;
        }
        if (!limits.tryAcquire("code-day:" + number, properties.codesPerNumberPerDay(), Duration.ofDays(1))) {
            return Sending.DAILY_LIMIT;
        }
        if (!limits.tryAcquire("code-minute:" + number, properties.codesPerNumberPerMinute(), Duration.ofMinutes(1))) {
            return Sending.TOO_SOON;
        }
        return null;
    }

    private String mobileIndex(MobileNumber mobile) {
        return protection.blindIndex("mobile", mobile.value());
    }

    private String hash(UUID id, String code) {
        return protection.blindIndex("one_time_code:" + id, code);
    }

    private record StoredCode(UUID id, String hash, Instant expiresAt, int attempts, boolean consumed) {}
}
