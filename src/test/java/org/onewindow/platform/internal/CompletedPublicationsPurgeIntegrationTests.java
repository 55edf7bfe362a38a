package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/** Publications completed under the old completion mode are deleted; the others stay. */
@OneWindowIntegrationTest
class CompletedPublicationsPurgeIntegrationTests {

    @Autowired EventPublicationRepository repository;
    @Autowired CompletedPublicationsPurge purge;
    @Autowired JdbcClient jdbc;

    private final List<UUID> publications = new ArrayList<>();

    @Test
    void publicationsKeptAsCompletedAreDeletedAndIncompleteOrFailedOnesStay() {
        UUID completed = publication();
        UUID alsoCompleted = publication();
        UUID incomplete = publication();
        UUID failed = publication();
        // as the update completion mode left them
        jdbc.sql("update event_publication set status = 'COMPLETED', completion_date = now() where id in (:ids)")
                .param("ids", List.of(completed, alsoCompleted)).update();
        jdbc.sql("update event_publication set status = 'FAILED' where id = :id").param("id", failed).update();

        assertThat(purge.purge()).isGreaterThanOrEqualTo(2);

        assertThat(stored(completed)).isFalse();
        assertThat(stored(alsoCompleted)).isFalse();
        assertThat(stored(incomplete)).isTrue();
        assertThat(stored(failed)).isTrue();
        assertThat(purge.purge()).isZero();
    }

    private UUID publication() {
        UUID id = repository.create(TargetEventPublication.of(new Probe("purge " + UUID.randomUUID()),
                PublicationTargetIdentifier.of("test.purge"))).getIdentifier();
        publications.add(id);
        return id;
    }

    private boolean stored(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id").param("id", id)
                .query(Long.class).single() == 1;
    }

    @AfterEach
    void forget() {
        jdbc.sql("delete from event_publication where id in (:ids)").param("ids", publications).update();
    }

    record Probe(String text) {}
}
