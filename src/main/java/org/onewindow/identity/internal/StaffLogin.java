package org.onewindow.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.DataScope;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.StaffAccounts.Staff;
import org.onewindow.identity.internal.security.IdentityAudit;
import org.onewindow.identity.internal.security.IdentityProperties;
import org.onewindow.identity.internal.security.PermissionMap;
import org.onewindow.platform.AesGcm;
import org.onewindow.platform.KeyPurpose;
import org.onewindow.platform.KeyRing;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff log in with a password, then a TOTP code (enrolled at the first login). */
@Service
public class StaffLogin {

    /** The outcome of the password step. */
    public sealed interface PasswordStep {
        record Passed(UUID staffId, boolean enrolled) implements PasswordStep {}

        record Refused(String code) implements PasswordStep {}
    }

    /** A dummy hash so that unknown users cost as much time as known ones. */
    private static final String DUMMY_HASH =
            "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOa5jVQnUn2eJ9f6k.U5h5sD0Zs1mQ2m6";

    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final RateLimiter limits;
    private final IdentityProperties properties;
    private final IdentityAudit audit;
    private final PermissionMap permissions;
    private final AesGcm secrets;
    private final Clock clock;

    StaffLogin(
            StaffAccounts accounts,
            PasswordEncoder passwords,
            RateLimiter limits,
            IdentityProperties properties,
            IdentityAudit audit,
            PermissionMap permissions,
            KeyRing keys,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.limits = limits;
        this.properties = properties;
        this.audit = audit;
        this.permissions = permissions;
        this.secrets = new AesGcm(keys.key(KeyPurpose.TOTP));
        this.clock = clock;
    }

    @Transactional(noRollbackFor = RuntimeException.class)
    public PasswordStep checkPassword(String username, String password, String ip) {
        String name = username == null ? "" : username.strip();
        Instant now = clock.instant();
        if (!limits.tryAcquire("login-ip:" + ip, properties.loginsPerIpPerMinute(), Duration.ofMinutes(1))
                || !limits.tryAcquire("login-staff:" + name, properties.loginsPerAccountPerMinute(), Duration.ofMinutes(1))) {
            audit.denied(AuditEvent.RATE_LIMITED, Actor.anonymous(), "staff", name, "login");
            return new PasswordStep.Refused("rate_limited");
        }
        Staff staff = accounts.byUsername(name).orElse(null);
        if (staff == null || !staff.enabled()) {
            passwords.matches(password == null ? "" : password, DUMMY_HASH);
            audit.failure(AuditEvent.LOGIN_FAILED, Actor.anonymous(), "staff", name, "unknown or disabled account");
            return new PasswordStep.Refused("credentials_invalid");
        }
        Actor actor = Actor.staff(staff.id().toString(), staff.displayName());
        if (staff.lockedAt(now)) {
            audit.denied(AuditEvent.LOGIN_FAILED, actor, "staff", staff.id().toString(), "account locked");
            return new PasswordStep.Refused("account_locked");
        }
        if (password == null || !passwords.matches(password, staff.passwordHash())) {
            fail(staff, actor, now, "wrong password");
            return new PasswordStep.Refused(staff.failedAttempts() + 1 >= properties.maxFailedAttempts()
                    ? "account_locked"
                    : "credentials_invalid");
        }
        return new PasswordStep.Passed(staff.id(), staff.enrolled());
    }

    /** Verifies the second factor and returns the fully authenticated user, or null. */
    @Transactional(noRollbackFor = RuntimeException.class)
    public OneWindowUser checkTotp(UUID staffId, String code) {
        Staff staff = accounts.byId(staffId).orElseThrow();
        Actor actor = Actor.staff(staff.id().toString(), staff.displayName());
        Instant now = clock.instant();
        if (staff.lockedAt(now) || !staff.enrolled()) {
            audit.denied(AuditEvent.LOGIN_FAILED, actor, "staff", staff.id().toString(), "locked or not enrolled");
            return null;
        }
        String secret = secrets.open("totp:" + staff.id(), staff.totpSecretEncrypted());
        OptionalLong step = Totp.matchingStep(secret, code, now, staff.totpLastStep());
        if (step.isEmpty() || !accounts.useTotpStep(staff.id(), step.getAsLong())) {
            fail(staff, actor, now, "wrong second factor");
            return null;
        }
        accounts.clearFailures(staff.id());
        OneWindowUser user = userOf(staff);
        audit.success(AuditEvent.LOGIN_SUCCEEDED, actor, "staff", staff.id().toString(), "password+totp");
        return user;
    }

    /** Completes TOTP enrolment with the first code from the new secret; returns the user or null. */
    @Transactional(noRollbackFor = RuntimeException.class)
    public OneWindowUser enrol(UUID staffId, String secret, String code) {
        Staff staff = accounts.byId(staffId).orElseThrow();
        Actor actor = Actor.staff(staff.id().toString(), staff.displayName());
        Instant now = clock.instant();
        if (staff.enrolled() || staff.lockedAt(now)) {
            return null;
        }
        OptionalLong step = Totp.matchingStep(secret, code, now, 0);
        if (step.isEmpty()) {
            fail(staff, actor, now, "wrong enrolment code");
            return null;
        }
        accounts.enrolTotp(staff.id(), secrets.seal("totp:" + staff.id(), secret), step.getAsLong(), now);
        accounts.clearFailures(staff.id());
        audit.success(AuditEvent.KEY_CHANGED, actor, "staff", staff.id().toString(), "totp enrolled");
        audit.success(AuditEvent.LOGIN_SUCCEEDED, actor, "staff", staff.id().toString(), "password+totp enrolment");
        return userOf(staff);
    }

    public String displayName(UUID staffId) {
        return accounts.byId(staffId).map(Staff::displayName).orElse("");
    }

    OneWindowUser userOf(Staff staff) {
        Set<Role> roles = accounts.roles(staff.id());
        return new OneWindowUser(
                AccountKind.STAFF,
                staff.id(),
                staff.displayName(),
                roles,
                permissions.permissionsOf(roles),
                new DataScope(staff.departmentId(), staff.scopeRegion()));
    }

    private void fail(Staff staff, Actor actor, Instant now, String why) {
        boolean locked = accounts.recordFailure(
                staff.id(), properties.maxFailedAttempts(), now.plus(properties.lockout()));
        audit.failure(AuditEvent.LOGIN_FAILED, actor, "staff", staff.id().toString(), why);
        if (locked) {
            audit.success(AuditEvent.ACCOUNT_LOCKED, actor, "staff", staff.id().toString(), why);
        }
    }
}
