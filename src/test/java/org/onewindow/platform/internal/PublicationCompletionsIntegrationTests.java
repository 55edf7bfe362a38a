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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publications completed while a completion is being written are completed together, in one
 * statement, each caller returning once it committed: deleted (the product's completion mode), or
 * marked completed in the mode {@code UPDATE}.
 */
@OneWindowIntegrationTest
class PublicationCompletionsIntegrationTests {

    private static final String GONE = "(deleted)";

    @Autowired EventPublicationRepository repository;
    @Autowired PublicationCompletions.Completions completions;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired JdbcClient jdbc;

    private TransactionTemplate ownTransaction;

    private final List<UUID> publications = new ArrayList<>();
    private final Map<UUID, Object> outcomes = new ConcurrentHashMap<>();
    private final List<List<UUID>> statements = new CopyOnWriteArrayList<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @BeforeEach
    void registryTransactions() {
        ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        completions.observeStatements(statements::add);
    }

    @Test
    void completionsArrivingWhileOneIsWrittenAreDeletedInOneStatementAndReturnOnceItCommitted() throws Exception {
        TargetEventPublication held = publication();
        List<TargetEventPublication> others = List.of(publication(), publication(), publication());

        List<Thread> threads = completeWhileTheFirstWaits(completions, held, others, List.of(now, now, now),
                this::completedByTheRegistry);

        for (Thread thread : threads) {
            assertThat(thread.join(Duration.ofSeconds(20))).isTrue();
        }
        // each caller, when it returned, found its publication gone (read on another connection)
        assertThat(outcomes).hasSize(4).allSatisfy((id, status) -> assertThat(status).isEqualTo(GONE));
        // the held one alone in the first statement, the three together in the next
        List<UUID> ids = others.stream().map(TargetEventPublication::getIdentifier).toList();
        List<List<UUID>> ours = statements.stream().filter(s -> s.stream().anyMatch(publications::contains)).toList();
        assertThat(ours).hasSize(2);
        assertThat(ours.get(0)).containsExactly(held.getIdentifier());
        assertThat(ours.get(1)).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void inTheModeUpdateTheyAreMarkedCompletedInOneStatementEachWithItsOwnCompletionDate() throws Exception {
        PublicationCompletions.Completions updating =
                new PublicationCompletions.Completions(new JdbcTemplate(dataSource), false);
        TargetEventPublication held = publication();
        List<TargetEventPublication> others = List.of(publication(), publication(), publication());

        List<Thread> threads = completeWhileTheFirstWaits(updating, held, others,
                List.of(now.plusMillis(1), now.plusMillis(2), now.plusMillis(3)),
                (publication, at) -> updating.complete(publication.getIdentifier(), at));

        for (Thread thread : threads) {
            assertThat(thread.join(Duration.ofSeconds(20))).isTrue();
        }
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
        refuseDeleting(others.get(1).getIdentifier());

        List<Thread> threads = completeWhileTheFirstWaits(completions, held, others, List.of(now, now, now),
                this::completedByTheRegistry);

        for (Thread thread : threads) {
            assertThat(thread.join(Duration.ofSeconds(20))).isTrue();
        }
        assertThat(outcomes.get(held.getIdentifier())).isEqualTo(GONE);
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

        assertThat(status(publication.getIdentifier())).isEqualTo(GONE);
        assertThat(statements).contains(List.of(publication.getIdentifier()));
    }

    @Test
    void aCompletionIsWrittenInTheCallersTransactionAndRollsBackWithIt() {
        TargetEventPublication publication = publication();

        transactions.executeWithoutResult(status -> {
            repository.markCompleted(publication, now);
            assertThat(statements).contains(List.of(publication.getIdentifier()));
            status.setRollbackOnly();
        });

        assertThat(status(publication.getIdentifier())).isEqualTo("PUBLISHED");
    }

    @Test
    void anIncompletePublicationIsFoundAndAFailedOneStays() {
        TargetEventPublication incomplete = publication();
        TargetEventPublication failed = publication();
        repository.markFailed(failed.getIdentifier());
        repository.markCompleted(publication(), now);

        assertThat(repository.findIncompletePublications()).extracting(TargetEventPublication::getIdentifier)
                .contains(incomplete.getIdentifier(), failed.getIdentifier());
        assertThat(status(failed.getIdentifier())).isEqualTo("FAILED");
        assertThat(repository.findCompletedPublications()).extracting(TargetEventPublication::getIdentifier)
                .doesNotContainAnyElementsOf(publications);
    }

    /**
     * Completes {@code held} while its row is locked, so that its statement waits; completes the
     * others meanwhile, and lets the first statement go once they all wait for the next.
     */
    private List<Thread> completeWhileTheFirstWaits(PublicationCompletions.Completions batches,
            TargetEventPublication held, List<TargetEventPublication> others, List<Instant> completed,
            BiConsumer<TargetEventPublication, Instant> completing) throws SQLException {
        List<Thread> threads = new ArrayList<>();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement statement =
                    lock.prepareStatement("select id from event_publication where id = ? for update")) {
                statement.setObject(1, held.getIdentifier());
                statement.executeQuery().close();
            }
            threads.add(completing(held, now, completing));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(this::aCompletionWaitsForTheLock);
            for (int i = 0; i < others.size(); i++) {
                threads.add(completing(others.get(i), completed.get(i), completing));
            }
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> batches.waiting() == others.size());
            assertThat(outcomes).isEmpty();
            lock.commit();
        }
        return threads;
    }

    private void completedByTheRegistry(TargetEventPublication publication, Instant at) {
        repository.markCompleted(publication, at);
    }

    private Thread completing(
            TargetEventPublication publication, Instant at, BiConsumer<TargetEventPublication, Instant> completing) {
        return Thread.ofVirtual().start(() -> {
            try {
                // as the registry does: in a transaction of its own
                ownTransaction.executeWithoutResult(status -> completing.accept(publication, at));
                outcomes.put(publication.getIdentifier(), status(publication.getIdentifier()));
            } catch (RuntimeException e) {
                outcomes.put(publication.getIdentifier(), e);
            }
        });
    }

    private boolean aCompletionWaitsForTheLock() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity where wait_event_type = 'Lock'
                        and (query like '%update event_publication p%'
                            or query like '%delete from event_publication where id = any%')""")
                .query(Long.class).single() > 0;
    }

    /** The database refuses to delete this publication: a statement deleting it fails (a broken database). */
    private void refuseDeleting(UUID id) {
        jdbc.sql("""
                create function completion_refused() returns trigger language plpgsql as $$
                begin
                    raise exception 'publication %s may not be deleted';
                end $$""".formatted(id)).update();
        jdbc.sql("""
                create trigger completion_refused before delete on event_publication
                for each row when (old.id = '%s') execute function completion_refused()""".formatted(id)).update();
    }

    private TargetEventPublication publication() {
        TargetEventPublication stored = repository.create(TargetEventPublication.of(
                new Probe("completions " + UUID.randomUUID()), PublicationTargetIdentifier.of("test.completions")));
        publications.add(stored.getIdentifier());
        return stored;
    }

    @AfterEach
    void forget() {
        completions.observeStatements(null);
        jdbc.sql("drop trigger if exists completion_refused on event_publication").update();
        jdbc.sql("drop function if exists completion_refused()").update();
        jdbc.sql("delete from event_publication where id in (:ids)").param("ids", publications).update();
    }

    /** The publication's status, or {@link #GONE}. */
    private String status(UUID id) {
        return jdbc.sql("select status from event_publication where id = :id").param("id", id)
                .query(String.class).optional().orElse(GONE);
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
