package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * The publication registry's repository writes publications and completions (a completed
 * publication is deleted), but no processing mark.
 */
@OneWindowIntegrationTest
class PublicationProcessingMarkIntegrationTests {

    @Autowired EventPublicationRepository repository;
    @Autowired JdbcClient jdbc;

    private UUID publication;

    @Test
    void aPublicationStaysPublishedWhileItsListenerRunsAndIsCompletedAfterwards() {
        TargetEventPublication stored = repository.create(TargetEventPublication.of(
                new Probe("processing-mark " + UUID.randomUUID()), PublicationTargetIdentifier.of("test.probe")));
        publication = stored.getIdentifier();

        repository.markProcessing(publication);
        assertThat(status()).contains("PUBLISHED");

        repository.markCompleted(publication, Instant.now());
        assertThat(status()).isEmpty();
    }

    @AfterEach
    void forget() {
        jdbc.sql("delete from event_publication where id = :id").param("id", publication).update();
    }

    private Optional<String> status() {
        return jdbc.sql("select status from event_publication where id = :id").param("id", publication)
                .query(String.class).optional();
    }

    record Probe(String text) {}
}
