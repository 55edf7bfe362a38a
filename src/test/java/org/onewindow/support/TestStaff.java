package org.onewindow.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.onewindow.identity.DepartmentFunction;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.StaffAccounts;
import org.onewindow.identity.internal.StaffLogin;
import org.onewindow.identity.internal.Totp;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates departments and staff accounts for tests, optionally with TOTP already enrolled. */
public class TestStaff {

    public static final String PASSWORD = "Office#Desk2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    /** A staff account a test created: its id, user name and (if enrolled) TOTP secret. */
    public record Member(UUID id, String username, UUID departmentId, String totpSecret) {

        public String codeAt(Instant instant) {
            return Totp.codeAt(totpSecret, instant);
        }
    }

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final StaffLogin login;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private String hash;

    public TestStaff(JdbcClient jdbc, StaffAccounts accounts, StaffLogin login, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.login = login;
        this.passwords = passwords;
        this.clock = clock;
    }

    public UUID department(DepartmentFunction function, String region) {
        int n = SEQUENCE.incrementAndGet();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into identity.department (id, code, name, name_en, short_name, credit_code, region_code, function)
                values (:id, :code, :name, :name, :name, :credit, :region, :function)""")
                .param("id", id)
                .param("code", "test-" + n)
                .param("name", "测试部门" + n)
                .param("credit", CreditCode.withChecksum("11" + region + "TT" + "%07d".formatted(n)).value())
                .param("region", region)
                .param("function", function.name())
                .update();
        return id;
    }

    /** Logs the member in through the office pages (password, then TOTP) with the client. */
    public void logIn(WebClient office, Member member) {
        office.get("/office/login");
        office.post("/office/login", java.util.Map.of("username", member.username(), "password", PASSWORD));
        office.get("/office/totp");
        WebClient.Page done = office.post("/office/totp", java.util.Map.of("code", member.codeAt(clock.instant())));
        if (!done.location().orElse("").endsWith("/office/")) {
            throw new IllegalStateException("Office login failed for " + member.username() + ": " + done.status());
        }
    }

    /** The CSRF token of the office JSON API for a logged-in client, to send as {@code X-CSRF-TOKEN}. */
    public static String officeApiToken(WebClient office) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\":\"([^\"]+)\"")
                .matcher(office.get("/office/api/csrf", "application/json").body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token from the office API");
        }
        return token.group(1);
    }

    /** A staff member who has not enrolled TOTP yet. */
    public Member unenrolled(UUID department, String region, Role... roles) {
        if (hash == null) {
            hash = passwords.encode(PASSWORD);
        }
        UUID id = UUID.randomUUID();
        String username = "t" + SEQUENCE.incrementAndGet() + "." + roles[0].name().toLowerCase(java.util.Locale.ROOT);
        accounts.create(
                new StaffAccounts.Staff(id, username, "测试" + username, department, DivisionCode.parse(region), hash,
                        null, false, 0, 0, null, true),
                Set.of(roles),
                clock.instant());
        return new Member(id, username, department, null);
    }

    /** A staff member with TOTP enrolled (one code step used up). */
    public Member enrolled(UUID department, String region, Role... roles) {
        Member member = unenrolled(department, region, roles);
        String secret = Totp.newSecret();
        if (login.enrol(member.id(), secret, Totp.codeAt(secret, clock.instant().minusSeconds(30))) == null) {
            throw new IllegalStateException("TOTP enrolment failed in the fixture");
        }
        return new Member(member.id(), member.username(), department, secret);
    }
}
