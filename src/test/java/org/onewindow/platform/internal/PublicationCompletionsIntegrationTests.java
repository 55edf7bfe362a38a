package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publications completed while a completion is being written are completed together, in one
 * statement, each caller returning once it committed.
 */
@OneWindowIntegrationTest
class PublicationCompletionsIntegrationTests {

    @Autowired EventPublicationRepository repository;
    @Autowired PublicationCompletions.Completions completions;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired JdbcClient jdbc;

    private TransactionTemplate ownTransaction;

    private final List<UUID> publications = new ArrayList<>();
    private final Map<UUID, Object> outcomes = new ConcurrentHashMap<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @BeforeEach
    void registryTransactions() {
        ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Test
    void completionsArrivingWhileOneIsWrittenAreWrittenInOneStatementAndReturnOnceItCommitted() throws Exception {
        TargetEventPublication held = publication();
        List<TargetEventPublication> others = List.of(publication(), publication(), publication());

        List<Thread> threads = completeWhileTheFirstWaits(held, others, List.of(now.plusMillis(1),
                now.plusMillis(2), now.plusMillis(3)));

        for (Thread thread : threads) {
            assertThat(thread.join(Duration.ofSeconds(20))).isTrue();
        }
        // each caller, when it returned, found its publication completed (read on another connection)
        assertThat(outcomes).hasSize(4).allSatisfy((id, status) -> assertThat(status).isEqualTo("COMPLETED"));
        // the three were written by one transaction, not the held one's
        List<String> writers = others.stream().map(p -> writer(p.getIdentifier())).distinct().toList();
        assertThat(writers).hasSize(1).doesNotContain(writer(held.getIdentifier()));
        // each with its own completion date, as Spring Modulith writes it
        for (int i = 0; i < others.size(); i++) {
            assertThat(completionDate(others.get(i).getIdentifier())).isEqualTo(now.plusMillis(i + 1));
        }
        assertThat(completionDate(held.getIdentifier())).isEqualTo(now);
    }

    @Test
    void aFailedStatementThrowsToEveryCallerOfItsBatchAndCompletesNoneOfThem() throws Exception {
        TargetEventPublication held = publication();
        List<TargetEventPublication> others = List.of(publication(), publication(), publication());

        // a completion date PostgreSQL cannot store fails the whole statement
        List<Thread> threads = completeWhileTheFirstWaits(held, others, List.of(now, Instant.MAX, now));

        for (Thread thread : threads) {
            assertThat(thread.join(Duration.ofSeconds(20))).isTrue();
        }
        assertThat(outcomes.get(held.getIdentifier())).isEqualTo("COMPLETED");
        for (TargetEventPublication other : others) {
            assertThat(outcomes.get(other.getIdentifier())).isInstanceOf(DataAccessException.class);
            assertThat(status(other.getIdentifier())).isEqualTo("PUBLISHED");
            assertThat(completionDate(other.getIdentifier())).isNull();
        }
    }

    @Test
    void aCompletionOutsideATransactionIsWrittenAtOnce() {
        TargetEventPublication publication = publication();

        repository.markCompleted(publication, now);

        assertThat(status(publication.getIdentifier())).isEqualTo("COMPLETED");
        assertThat(completionDate(publication.getIdentifier())).isEqualTo(now);
    }

    @Test
    void aCompletionIsWrittenInTheCallersTransactionAndRollsBackWithIt() {
        TargetEventPublication publication = publication();

        transactions.executeWithoutResult(status -> {
            repository.markCompleted(publication, now);
            status.setRollbackOnly();
        });

        assertThat(status(publication.getIdentifier())).isEqualTo("PUBLISHED");
    }

    /**
     * Completes {@code held} while its row is locked, so that its statement waits; completes the
     * others meanwhile, and lets the first statement go once they all wait for the next.
     */
    private List<Thread> completeWhileTheFirstWaits(
            TargetEventPublication held, List<TargetEventPublication> others, List<Instant> completed)
            throws SQLException {
        List<Thread> threads = new ArrayList<>();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement statement =
                    lock.prepareStatement("select id from event_publication where id = ? for update")) {
                statement.setObject(1, held.getIdentifier());
                statement.executeQuery().close();
            }
            threads.add(completing(held, now));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(this::aCompletionWaitsForTheLock);
            for (int i = 0; i < others.size(); i++) {
                threads.add(completing(others.get(i), completed.get(i)));
            }
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> completions.waiting() == others.size());
            assertThat(outcomes).isEmpty();
            lock.commit();
        }
        return threads;
    }

    private Thread completing(TargetEventPublication publication, Instant at) {
        return Thread.ofVirtual().start(() -> {
            try {
                // as the registry does: in a transaction of its own
                ownTransaction.executeWithoutResult(status -> repository.markCompleted(publication, at));
                outcomes.put(publication.getIdentifier(), status(publication.getIdentifier()));
            } catch (RuntimeException e) {
                outcomes.put(publication.getIdentifier(), e);
            }
        });
    }

    private boolean aCompletionWaitsForTheLock() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like '%update event_publication p%'""")
                .query(Long.class).single() > 0;
    }

    private TargetEventPublication publication() {
        TargetEventPublication stored = repository.create(TargetEventPublication.of(
                new Probe("completions " + UUID.randomUUID()), PublicationTargetIdentifier.of("test.completions")));
        publications.add(stored.getIdentifier());
        return stored;
    }

    @AfterEach
    void forget() {
        jdbc.sql("delete from event_publication where id in (:ids)").param("ids", publications).update();
    }

    private String status(UUID id) {
        return jdbc.sql("select status from event_publication where id = :id").param("id", id)
                .query(String.class).single();
    }

    private Instant completionDate(UUID id) {
        return jdbc.sql("select completion_date from event_publication where id = :id").param("id", id)
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list().get(0);
    }

    /** The transaction that wrote the row's current version. */
    private String writer(UUID id) {
        return jdbc.sql("select xmin::text from event_publication where id = :id").param("id", id)
                .query(String.class).single();
    }

    record Probe(String text) {}
}
