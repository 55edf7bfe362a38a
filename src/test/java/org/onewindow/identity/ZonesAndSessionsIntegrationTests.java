package org.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.identity.internal.Citizens;
import org.onewindow.platform.Zones;
import org.onewindow.registry.Person;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestPeople;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@OneWindowIntegrationTest
class ZonesAndSessionsIntegrationTests {

    @LocalServerPort int portalPort;
    @Autowired Zones zones;
    @Autowired TestPeople people;
    @Autowired TestStaff staff;
    @Autowired Citizens citizens;
    @Autowired PasswordEncoder passwords;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    WebClient portal;
    WebClient office;

    @BeforeEach
    void clients() {
        portal = new WebClient(portalPort);
        office = new WebClient(zones.officePort());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/office/", "/office/login", "/office;x/", "//office/", "/%6Fffice/", "/OFFICE/",
        "/office/actuator/health", "/office/actuator/prometheus", "/./office/", "/x/../office/login"})
    void theOfficeSurfaceIsNotFoundOnThePortalPort(String path) {
        assertThat(portal.rawStatus(path)).isEqualTo(404);
    }

    @Test
    void healthAndMetricsAnswerOnlyOnTheOfficePort() {
        assertThat(office.get("/office/actuator/health", "application/json").status()).isEqualTo(200);
        Page metrics = office.get("/office/actuator/prometheus", "*/*");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        Page onPortal = portal.get("/actuator/health", "*/*");
        assertThat(onPortal.status()).isNotEqualTo(200);
        assertThat(onPortal.body()).doesNotContain("\"status\"");
    }

    @Test
    void theOfficePortServesOnlyTheOffice() {
        assertThat(office.get("/register").status()).isEqualTo(404);
        assertThat(office.get("/").location().orElseThrow()).endsWith("/office/");
    }

    @Test
    void aCitizenLogsInWithANewSessionIdAndAPortalOnlyCookie() {
        Person person = registeredCitizen();
        portal.get("/login");
        String before = portal.cookie("OW_PORTAL_SESSION").orElse("");

        Page login = portal.post("/login", Map.of("idNumber", person.idNumber().value(), "password", "Citizen#2026"));

        assertThat(login.location().orElseThrow()).endsWith("/account");
        assertThat(portal.cookie("OW_PORTAL_SESSION")).isPresent().get().isNotEqualTo(before);
        assertThat(portal.cookie("OW_OFFICE_SESSION")).isEmpty();
        Page account = portal.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains(person.idNumber().masked()).doesNotContain(person.idNumber().value());
    }

    @Test
    void aPortalSessionNeverAuthenticatesInTheOffice() {
        Person person = registeredCitizen();
        portal.get("/login");
        portal.post("/login", Map.of("idNumber", person.idNumber().value(), "password", "Citizen#2026"));
        office.setCookie("OW_OFFICE_SESSION", portal.cookie("OW_PORTAL_SESSION").orElseThrow());

        Page desk = office.get("/office/");

        assertThat(desk.status()).isEqualTo(302);
        assertThat(desk.location().orElseThrow()).contains("/office/login");
        assertThat(auditCount("ZONE_VIOLATION")).isPositive();
    }

    @Test
    void aStaffSessionNeverAuthenticatesOnThePortal() {
        UUID department = staff.department(DepartmentFunction.CIVIL_AFFAIRS, "350100");
        TestStaff.Member clerk = staff.enrolled(department, "350100", Role.WINDOW_CLERK);
        office.get("/office/login");
        office.post("/office/login", Map.of("username", clerk.username(), "password", TestStaff.PASSWORD));
        office.get("/office/totp");
        Page loggedIn = office.post("/office/totp", Map.of("code", clerk.codeAt(clock.instant())));
        assertThat(loggedIn.location().orElseThrow()).endsWith("/office/");
        assertThat(office.get("/office/").status()).isEqualTo(200);

        portal.setCookie("OW_PORTAL_SESSION", office.cookie("OW_OFFICE_SESSION").orElseThrow());
        Page account = portal.get("/account");

        assertThat(account.status()).isEqualTo(302);
        assertThat(account.location().orElseThrow()).contains("/login");
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedAndChangesNothing() {
        Person person = registeredCitizen();
        Page refused = portal.postRaw("/login", Map.of("idNumber", person.idNumber().value(), "password", "Citizen#2026"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(citizens.byIdNumber(person.idNumber()).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void anExpiredSessionSendsTheCitizenBackToLoginSayingSo() {
        Person person = registeredCitizen();
        portal.get("/login");
        portal.post("/login", Map.of("idNumber", person.idNumber().value(), "password", "Citizen#2026"));
        jdbc.sql("delete from identity.spring_session").update();

        Page account = portal.get("/account");

        assertThat(account.location().orElseThrow()).endsWith("/login?expired");
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        Person person = registeredCitizen();
        portal.get("/login");
        portal.post("/login", Map.of("idNumber", person.idNumber().value(), "password", "Citizen#2026"));
        String session = portal.cookie("OW_PORTAL_SESSION").orElseThrow();
        portal.get("/account");

        portal.post("/logout", Map.of());

        WebClient replay = new WebClient(portalPort);
        replay.setCookie("OW_PORTAL_SESSION", session);
        assertThat(replay.get("/account").status()).isEqualTo(302);
    }

    @Test
    void aSessionEndsAfterTwelveHoursEvenWhenActive() {
        Person person = registeredCitizen();
        portal.get("/login");
        portal.post("/login", Map.of("idNumber", person.idNumber().value(), "password", "Citizen#2026"));
        assertThat(portal.get("/account").status()).isEqualTo(200);

        clock.advance(Duration.ofHours(12).plusMinutes(1));

        assertThat(portal.get("/account").location().orElseThrow()).endsWith("/login?expired");
    }

    private Person registeredCitizen() {
        Person person = people.enrolled();
        citizens.create(UUID.randomUUID(), person.name(), person.idNumber(), person.mobile(),
                passwords.encode("Citizen#2026"), clock.instant());
        return person;
    }

    private long auditCount(String event) {
        return jdbc.sql("select count(*) from audit.entry where event = :e").param("e", event).query(Long.class).single();
    }
}
