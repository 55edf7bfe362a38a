package org.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.registry.Person;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestPeople;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A session is written back only when it changed or its stored last access is a minute old; the
 * idle timeout still ends it, CSRF and logout still work.
 */
@OneWindowIntegrationTest
class SessionWritesIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired JdbcClient jdbc;

    WebClient portal;
    String sessionId;

    @BeforeEach
    void loggedIn() {
        Person person = people.enrolled();
        citizens.register(person);
        portal = new WebClient(port);
        citizens.logIn(portal, person);
        assertThat(portal.get("/account").status()).isEqualTo(200);
    }

    @Test
    void requestsThatChangeNothingDoNotWriteTheSessionAgain() {
        String version = rowVersion();
        long lastAccess = lastAccess();

        assertThat(portal.get("/account").status()).isEqualTo(200);
        assertThat(portal.get("/api/applications", "application/json").status()).isEqualTo(200);

        assertThat(rowVersion()).isEqualTo(version);
        assertThat(lastAccess()).isEqualTo(lastAccess);
    }

    @Test
    void aSessionLastWrittenAMinuteAgoIsWrittenOnItsNextRequest() {
        long aMinuteAgo = Instant.now().minus(Duration.ofSeconds(61)).toEpochMilli();
        storeLastAccess(aMinuteAgo);

        assertThat(portal.get("/account").status()).isEqualTo(200);

        assertThat(lastAccess()).isGreaterThan(aMinuteAgo + 30_000);
    }

    @Test
    void aSessionIdleLongerThanItsTimeoutStillEnds() {
        storeLastAccess(Instant.now().minus(Duration.ofMinutes(31)).toEpochMilli());

        assertThat(portal.get("/account").location().orElseThrow()).endsWith("/login?expired");
    }

    @Test
    void logoutStillNeedsTheCsrfTokenAndEndsTheSessionOnTheServer() {
        assertThat(lastAccess()).isPositive();
        assertThat(portal.postRaw("/logout", Map.of()).status()).isEqualTo(403);
        assertThat(portal.get("/account").status()).isEqualTo(200);

        portal.post("/logout", Map.of());

        assertThat(jdbc.sql("select count(*) from identity.spring_session where session_id = :id")
                .param("id", session()).query(Long.class).single()).isZero();
    }

    /** The session id, which the cookie carries in Base64. */
    private String session() {
        if (sessionId == null) {
            sessionId = new String(Base64.getDecoder().decode(portal.cookie("OW_PORTAL_SESSION").orElseThrow()),
                    StandardCharsets.US_ASCII);
        }
        return sessionId;
    }

    /** PostgreSQL's row version: any update of the session row changes it. */
    private String rowVersion() {
        return jdbc.sql("select xmin::text from identity.spring_session where session_id = :id")
                .param("id", session()).query(String.class).single();
    }

    private long lastAccess() {
        return jdbc.sql("select last_access_time from identity.spring_session where session_id = :id")
                .param("id", session()).query(Long.class).single();
    }

    private void storeLastAccess(long epochMillis) {
        jdbc.sql("""
                        update identity.spring_session
                        set last_access_time = :at, expiry_time = :at + max_inactive_interval * 1000
                        where session_id = :id""")
                .param("at", epochMillis).param("id", session()).update();
    }
}
