package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A listener that failed (here: the citizen's "received" message) is called again, not only at the
 * next start.
 */
@OneWindowIntegrationTest
class FailedEventRedeliveryIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired FailedEventRedelivery redelivery;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    /** Keeps a copy of every completed (deleted) publication to the inbox listener. */
    @BeforeEach
    void completedPublicationsCopied() {
        jdbc.sql("create table redelivery_completed (like event_publication)").update();
        jdbc.sql("""
                create function redelivery_completed() returns trigger language plpgsql as $$
                begin
                    insert into redelivery_completed select (old).*;
                    return old;
                end $$""").update();
        jdbc.sql("""
                create trigger redelivery_completed before delete on event_publication
                for each row when (old.listener_id like '%CaseNotifications%')
                execute function redelivery_completed()""").update();
    }

    @AfterEach
    void noCopies() {
        jdbc.sql("drop trigger if exists redelivery_completed on event_publication").update();
        jdbc.sql("drop function if exists redelivery_completed()").update();
        jdbc.sql("drop table if exists redelivery_completed").update();
    }

    @Test
    void aFailedListenerIsCalledAgainAndCompletes() {
        UUID caseId = delivered();
        failedDelivery(caseId, 1);

        redelivery.redeliver();

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(inboxMessages(caseId)).isEqualTo(1);
            assertThat(status(caseId)).as("completed: deleted").isEmpty();
        });
    }

    @Test
    void aListenerThatKeepsFailingIsGivenUpOn() {
        UUID caseId = delivered();
        failedDelivery(caseId, 10);

        redelivery.redeliver();

        assertThat(status(caseId)).contains("FAILED");
        assertThat(inboxMessages(caseId)).isZero();
    }

    /** A case whose "received" message was delivered and its publication completed (deleted). */
    private UUID delivered() {
        UUID caseId = applications.unemploymentRegistration(port);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(inboxMessages(caseId)).isEqualTo(1);
            assertThat(status(caseId)).isEmpty();
        });
        return caseId;
    }

    /**
     * The completed publication back, as if the inbox listener had failed a minute and more ago,
     * {@code attempts} times.
     */
    private void failedDelivery(UUID caseId, int attempts) {
        jdbc.sql("delete from notification.inbox where ref = :ref").param("ref", "submitted:" + caseId).update();
        assertThat(jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event,
                            publication_date, status, completion_date, completion_attempts, last_resubmission_date)
                        select id, listener_id, event_type, serialized_event,
                            :published, 'FAILED', null, :attempts, last_resubmission_date
                        from redelivery_completed where serialized_event like :event""")
                .param("attempts", attempts)
                .param("published", Timestamp.from(clock.instant().minus(Duration.ofMinutes(2))))
                .param("event", "%" + caseId + "%")
                .update()).isEqualTo(1);
    }

    /** The status of the case's publication to the inbox listener; none once completed. */
    private Optional<String> status(UUID caseId) {
        return jdbc.sql("""
                        select status from event_publication
                        where listener_id like '%CaseNotifications%' and serialized_event like :event""")
                .param("event", "%" + caseId + "%").query(String.class).optional();
    }

    private long inboxMessages(UUID caseId) {
        return jdbc.sql("select count(*) from notification.inbox where ref = :ref")
                .param("ref", "submitted:" + caseId).query(Long.class).single();
    }
}
