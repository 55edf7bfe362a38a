package org.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.internal.CitizenLogin;
import org.onewindow.identity.internal.Citizens;
import org.onewindow.identity.internal.StaffAccounts;
import org.onewindow.identity.internal.StaffLogin;
import org.onewindow.identity.internal.StaffLogin.PasswordStep;
import org.onewindow.identity.internal.security.IdentityProperties;
import org.onewindow.notification.Outbox;
import org.onewindow.registry.Person;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestPeople;
import org.onewindow.support.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@OneWindowIntegrationTest
class LoginIntegrationTests {

    static final String PASSWORD = "Citizen#2026";

    @Autowired CitizenLogin citizenLogin;
    @Autowired StaffLogin staffLogin;
    @Autowired StaffAccounts staffAccounts;
    @Autowired Citizens citizens;
    @Autowired TestPeople people;
    @Autowired TestStaff staff;
    @Autowired PasswordEncoder passwords;
    @Autowired Outbox outbox;
    @Autowired MutableClock clock;
    @Autowired IdentityProperties properties;
    @Autowired RateLimits limits;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsLockThePasswordPathButNotTheCodePath() {
        Person person = registered();
        for (int i = 0; i < 4; i++) {
            assertThat(citizenLogin.withPassword(person.idNumber(), "Wrong#pass1", ip(person)).error())
                    .isEqualTo("credentials_invalid");
        }
        assertThat(citizenLogin.withPassword(person.idNumber(), "Wrong#pass1", ip(person)).error())
                .isEqualTo("password_locked");
        assertThat(citizenLogin.withPassword(person.idNumber(), PASSWORD, ip(person)).error())
                .as("even the right password is refused while locked")
                .isEqualTo("password_locked");
        assertThat(auditCount("ACCOUNT_LOCKED", citizens.byIdNumber(person.idNumber()).orElseThrow().id()))
                .isEqualTo(1);

        citizenLogin.sendCode(person.mobile(), ip(person));
        CitizenLogin.Outcome withCode = citizenLogin.withCode(person.mobile(), lastCode(person));
        assertThat(withCode.user()).isNotNull();
        assertThat(withCode.user().name()).isEqualTo(person.name());
    }

    @Test
    void thePasswordPathOpensAgainAfterFifteenMinutes() {
        Person person = registered();
        for (int i = 0; i < 5; i++) {
            citizenLogin.withPassword(person.idNumber(), "Wrong#pass1", ip(person));
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(citizenLogin.withPassword(person.idNumber(), PASSWORD, ip(person)).user()).isNotNull();
    }

    @Test
    void anUnknownIdentityNumberGetsTheSameAnswerAsAWrongPassword() {
        Person stranger = people.enrolled();
        Person known = registered();
        assertThat(citizenLogin.withPassword(stranger.idNumber(), PASSWORD, ip(stranger)).error())
                .isEqualTo(citizenLogin.withPassword(known.idNumber(), "Wrong#pass1", ip(known)).error());
        assertThat(citizenLogin.sendCode(stranger.mobile(), ip(stranger)))
                .isEqualTo(citizenLogin.sendCode(known.mobile(), ip(known)));
        assertThat(outbox.latestTo(stranger.mobile().value())).isEmpty();
    }

    @Test
    void loginsFromOneAddressAreLimitedPerMinute() {
        String address = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        Person known = registered();
        int allowed = properties.loginsPerIpPerMinute();
        // The address's earlier logins of this minute, counted in the bucket the logins count in (the suite's
        // limit is high, so that its many citizen logins from 127.0.0.1 pass); the last two are real attempts.
        for (int i = 0; i < allowed - 2; i++) {
            assertThat(limits.tryAcquire("login-ip:" + address, allowed, Duration.ofMinutes(1))).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(citizenLogin.withPassword(people.enrolled().idNumber(), PASSWORD, address).error())
                    .isEqualTo("credentials_invalid");
        }
        assertThat(citizenLogin.withPassword(known.idNumber(), PASSWORD, address).error()).isEqualTo("rate_limited");
        clock.advance(Duration.ofSeconds(61));
        assertThat(citizenLogin.withPassword(known.idNumber(), PASSWORD, address).user()).isNotNull();
    }

    @Test
    void staffNeedThePasswordAndThenAFreshTotpCode() {
        UUID department = staff.department(DepartmentFunction.TAX, "350100");
        TestStaff.Member clerk = staff.enrolled(department, "350100", Role.WINDOW_CLERK);

        PasswordStep step = staffLogin.checkPassword(clerk.username(), TestStaff.PASSWORD, "10.2.0.1");
        assertThat(step).isInstanceOf(PasswordStep.Passed.class);
        assertThat(((PasswordStep.Passed) step).enrolled()).isTrue();

        String code = clerk.codeAt(clock.instant());
        OneWindowUser user = staffLogin.checkTotp(clerk.id(), code);
        assertThat(user).isNotNull();
        assertThat(user.roles()).containsExactly(Role.WINDOW_CLERK);
        assertThat(user.permissions()).contains("office.home", "registry.person.read").doesNotContain("audit.read");
        assertThat(user.scope().departmentId()).isEqualTo(department);

        assertThat(staffLogin.checkTotp(clerk.id(), code)).as("a code is never accepted twice").isNull();
    }

    @Test
    void aNewStaffMemberEnrolsWithTheFirstCodeOfTheirNewSecret() {
        UUID department = staff.department(DepartmentFunction.HEALTH, "350100");
        TestStaff.Member reviewer = staff.unenrolled(department, "350100", Role.REVIEWER);
        PasswordStep step = staffLogin.checkPassword(reviewer.username(), TestStaff.PASSWORD, "10.2.0.2");
        assertThat(((PasswordStep.Passed) step).enrolled()).isFalse();
        String secret = org.onewindow.identity.internal.Totp.newSecret();

        assertThat(staffLogin.enrol(reviewer.id(), secret, "000000".equals(code(secret)) ? "111111" : "000000"))
                .isNull();
        assertThat(staffLogin.enrol(reviewer.id(), secret, code(secret))).isNotNull();
        assertThat(staffAccounts.byId(reviewer.id()).orElseThrow().enrolled()).isTrue();
        String stored = staffAccounts.byId(reviewer.id()).orElseThrow().totpSecretEncrypted();
        assertThat(stored).doesNotContain(secret);
    }

    @Test
    void fiveWrongStaffAttemptsLockTheAccount() {
        UUID department = staff.department(DepartmentFunction.TAX, "350100");
        TestStaff.Member clerk = staff.enrolled(department, "350100", Role.WINDOW_CLERK);
        for (int i = 0; i < 3; i++) {
            staffLogin.checkPassword(clerk.username(), "Wrong#pass1", "10.2.0.3");
        }
        staffLogin.checkTotp(clerk.id(), "000000");
        assertThat(staffLogin.checkPassword(clerk.username(), "Wrong#pass1", "10.2.0.3"))
                .isEqualTo(new PasswordStep.Refused("account_locked"));
        assertThat(staffLogin.checkPassword(clerk.username(), TestStaff.PASSWORD, "10.2.0.3"))
                .isEqualTo(new PasswordStep.Refused("account_locked"));
    }

    @Test
    void administratorRolesAreMutuallyExclusive() {
        UUID department = staff.department(DepartmentFunction.GOVERNMENT_SERVICE, "350100");
        TestStaff.Member admin = staff.unenrolled(department, "350100", Role.SYSTEM_ADMIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        staffAccounts.replaceRoles(admin.id(), java.util.Set.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN)))
                .hasMessage("administrator_roles_exclusive");
        assertThat(staffAccounts.roles(admin.id())).containsExactly(Role.SYSTEM_ADMIN);
    }

    private String code(String secret) {
        return org.onewindow.identity.internal.Totp.codeAt(secret, clock.instant());
    }

    private Person registered() {
        Person person = people.enrolled();
        citizens.create(UUID.randomUUID(), person.name(), person.idNumber(), person.mobile(),
                passwords.encode(PASSWORD), clock.instant());
        return person;
    }

    private static String ip(Person person) {
        return "10.3.0." + person.idNumber().value().substring(14);
    }

    private String lastCode(Person person) {
        Matcher matcher = Pattern.compile("(\\d{6})").matcher(outbox.latestTo(person.mobile().value()).orElseThrow().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private long auditCount(String event, UUID objectId) {
        return jdbc.sql("select count(*) from audit.entry where event = :e and object_id = :o")
                .param("e", event).param("o", objectId.toString()).query(Long.class).single();
    }
}
