package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A listener that failed (here: the citizen's "received" message) is called again, not only at the next start. */
@OneWindowIntegrationTest
class FailedEventRedeliveryIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired FailedEventRedelivery redelivery;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void aFailedListenerIsCalledAgainAndCompletes() {
        UUID caseId = delivered();
        failedDelivery(caseId, 1);

        redelivery.redeliver();

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(inboxMessages(caseId)).isEqualTo(1);
            assertThat(status(caseId)).isEqualTo("COMPLETED");
        });
    }

    @Test
    void aListenerThatKeepsFailingIsGivenUpOn() {
        UUID caseId = delivered();
        failedDelivery(caseId, 10);

        redelivery.redeliver();

        assertThat(status(caseId)).isEqualTo("FAILED");
        assertThat(inboxMessages(caseId)).isZero();
    }

    private UUID delivered() {
        UUID caseId = applications.unemploymentRegistration(port);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(caseId))
                .isEqualTo("COMPLETED"));
        return caseId;
    }

    /** As if the inbox listener had failed a minute and more ago, {@code attempts} times. */
    private void failedDelivery(UUID caseId, int attempts) {
        jdbc.sql("delete from notification.inbox where ref = :ref").param("ref", "submitted:" + caseId).update();
        assertThat(jdbc.sql("""
                        update event_publication set status = 'FAILED', completion_date = null,
                            completion_attempts = :attempts, publication_date = :published
                        where listener_id like '%CaseNotifications%' and serialized_event like :event""")
                .param("attempts", attempts)
                .param("published", Timestamp.from(clock.instant().minus(Duration.ofMinutes(2))))
                .param("event", "%" + caseId + "%")
                .update()).isEqualTo(1);
    }

    private String status(UUID caseId) {
        return jdbc.sql("""
                        select status from event_publication
                        where listener_id like '%CaseNotifications%' and serialized_event like :event""")
                .param("event", "%" + caseId + "%").query(String.class).single();
    }

    private long inboxMessages(UUID caseId) {
        return jdbc.sql("select count(*) from notification.inbox where ref = :ref")
                .param("ref", "submitted:" + caseId).query(Long.class).single();
    }
}
