package org.onewindow.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.internal.Citizens.Citizen;
import org.onewindow.identity.internal.OneTimeCodes.Check;
import org.onewindow.identity.internal.OneTimeCodes.Purpose;
import org.onewindow.identity.internal.OneTimeCodes.Sending;
import org.onewindow.identity.internal.security.IdentityAudit;
import org.onewindow.identity.internal.security.IdentityProperties;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.MobileNumber;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens log in with identity number and password, or with a code sent to their mobile. Five
 * wrong passwords lock the password path only, so a lockout never locks the owner out.
 */
@Service
public class CitizenLogin {

    /** The outcome of a login attempt: the user, or a stable error code. */
    public record Outcome(OneWindowUser user, String error) {
        static Outcome refused(String error) {
            return new Outcome(null, error);
        }
    }

    private static final String DUMMY_HASH =
            "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOa5jVQnUn2eJ9f6k.U5h5sD0Zs1mQ2m6";

    private final Citizens citizens;
    private final PasswordEncoder passwords;
    private final RateLimiter limits;
    private final OneTimeCodes codes;
    private final IdentityProperties properties;
    private final IdentityAudit audit;
    private final Clock clock;

    CitizenLogin(
            Citizens citizens,
            PasswordEncoder passwords,
            RateLimiter limits,
            OneTimeCodes codes,
            IdentityProperties properties,
            IdentityAudit audit,
            Clock clock) {
        this.citizens = citizens;
        this.passwords = passwords;
        this.limits = limits;
        this.codes = codes;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = RuntimeException.class)
    public Outcome withPassword(IdNumber idNumber, String password, String ip) {
        Instant now = clock.instant();
        if (!limits.tryAcquire("login-ip:" + ip, properties.loginsPerIpPerMinute(), Duration.ofMinutes(1))
                || !limits.tryAcquire("login-citizen:" + idNumber.value(), properties.loginsPerAccountPerMinute(),
                        Duration.ofMinutes(1))) {
            audit.denied(AuditEvent.RATE_LIMITED, Actor.anonymous(), "citizen", idNumber.masked(), "login");
            return Outcome.refused("rate_limited");
        }
        Optional<Citizen> found = citizens.byIdNumber(idNumber);
        if (found.isEmpty()) {
            passwords.matches(password, DUMMY_HASH);
            audit.failure(AuditEvent.LOGIN_FAILED, Actor.anonymous(), "citizen", idNumber.masked(), "no account");
            return Outcome.refused("credentials_invalid");
        }
        Citizen citizen = found.get();
        Actor actor = Actor.citizen(citizen.id().toString(), citizen.name());
        if (citizen.lockedAt(now)) {
            audit.denied(AuditEvent.LOGIN_FAILED, actor, "citizen", citizen.id().toString(), "password path locked");
            return Outcome.refused("password_locked");
        }
        if (!passwords.matches(password, citizen.passwordHash())) {
            boolean locked = citizens.recordFailure(
                    citizen.id(), properties.maxFailedAttempts(), now.plus(properties.lockout()));
            audit.failure(AuditEvent.LOGIN_FAILED, actor, "citizen", citizen.id().toString(), "wrong password");
            if (locked) {
                audit.success(AuditEvent.ACCOUNT_LOCKED, actor, "citizen", citizen.id().toString(), "password path");
                return Outcome.refused("password_locked");
            }
            return Outcome.refused("credentials_invalid");
        }
        return loggedIn(citizen, "password");
    }

    /** Sends a login code if an account uses the number; the answer is the same either way. */
    @Transactional
    public Sending sendCode(MobileNumber mobile, String ip) {
        if (citizens.byMobile(mobile).isEmpty()) {
            audit.failure(AuditEvent.LOGIN_FAILED, Actor.anonymous(), "mobile", mobile.masked(), "no account");
            return Sending.SENT;
        }
        return codes.send(Purpose.LOGIN, mobile, ip, "【一窗通办】您的登录验证码为 %s，5 分钟内有效。请勿告诉他人。");
    }

    @Transactional(noRollbackFor = RuntimeException.class)
    public Outcome withCode(MobileNumber mobile, String code) {
        Check check = codes.verify(Purpose.LOGIN, mobile, code);
        if (check != Check.VALID) {
            return Outcome.refused("code_" + check.name().toLowerCase(java.util.Locale.ROOT));
        }
        return citizens.byMobile(mobile)
                .map(citizen -> loggedIn(citizen, "mobile code"))
                .orElseGet(() -> Outcome.refused("code_wrong"));
    }

    private Outcome loggedIn(Citizen citizen, String how) {
        citizens.loggedIn(citizen.id(), clock.instant());
        audit.success(AuditEvent.LOGIN_SUCCEEDED, Actor.citizen(citizen.id().toString(), citizen.name()),
                "citizen", citizen.id().toString(), how);
        return new Outcome(
                new OneWindowUser(AccountKind.CITIZEN, citizen.id(), citizen.name(), Set.of(), Set.of(), null), null);
    }
}
