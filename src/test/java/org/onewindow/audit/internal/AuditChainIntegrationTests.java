package org.onewindow.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.audit.AuditVerification;
import org.onewindow.audit.VerificationReport;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@OneWindowIntegrationTest
class AuditChainIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditVerification verification;

    @Autowired
    AuditChainer chainer;

    @Autowired
    AuditAnchorer anchorer;

    @Autowired
    ChainMetrics metrics;

    @Autowired
    MeterRegistry meterRegistry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnchorFile anchorFile;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntryMac mac;

    AuditTestState state;

    @BeforeEach
    void startFromAnEmptyLog() {
        state = new AuditTestState(jdbc, anchorFile, transactions);
        state.reset();
    }

    @AfterEach
    void leaveAnEmptyLog() {
        state.reset();
    }

    private long recordOne(int n) {
        return auditLog.record(AuditRecord.of(AuditEvent.LOGIN_SUCCEEDED, Actor.staff("staff-" + n, "职员" + n),
                        AuditResult.SUCCESS)
                .withIp("10.0.0." + (n % 250)));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void recordedEntriesAreChainedInOrderAndVerify() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ids.add(recordOne(i));
        }
        chainer.chainPending();

        List<Long> idsInChainOrder = jdbc.sql("select entry_id from audit.chain_link order by chain_seq")
                .query(Long.class)
                .list();
        assertThat(idsInChainOrder).containsExactlyElementsOf(ids);
        assertThat(count("select max(chain_seq) from audit.chain_link")).isEqualTo(10);
        assertThat(count("select count(*) from audit.pending")).as("the queue is empty").isZero();
        VerificationReport report = verification.verify();
        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(report.chainedEntries()).isEqualTo(10);
        assertThat(report.pendingEntries()).isZero();
    }

    @Test
    void entriesNotChainedYetVerifyAsPending() {
        inOneTransaction(() -> {
            recordOne(1);
            recordOne(2);
        });
        VerificationReport report = verification.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.chainedEntries() + report.pendingEntries()).isEqualTo(2);
    }

    @Test
    void anchorsAreWrittenToTheFileAndChecked() {
        assertThat(anchorer.anchorNow()).as("nothing to anchor in an empty chain").isEmpty();
        recordOne(1);
        recordOne(2);
        chainer.chainPending();

        Anchor anchor = anchorer.anchorNow().orElseThrow();

        assertThat(anchor.chainSeq()).isEqualTo(2);
        assertThat(anchorFile.path()).content().contains("chain_seq=2 chain_hash=" + anchor.chainHash());
        VerificationReport report = verification.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.anchorsChecked()).isEqualTo(1);
    }

    @Test
    void aRolledBackEntryLeavesNoGapInTheChain() {
        recordOne(1);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            recordOne(2);
            status.setRollbackOnly();
        });
        recordOne(3);
        chainer.chainPending();

        assertThat(count("select count(*) from audit.entry")).isEqualTo(2);
        assertThat(count("select max(chain_seq) from audit.chain_link")).isEqualTo(2);
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void anIndependentEntrySurvivesTheRollbackOfItsCaller() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            auditLog.recordIndependently(
                    AuditEvent.PERMISSION_DENIED, Actor.anonymous(), "192.0.2.1", AuditResult.DENIED, "not_signed_in");
            status.setRollbackOnly();
        });

        assertThat(count("select count(*) from audit.entry where event = 'PERMISSION_DENIED'")).isEqualTo(1);
    }

    @Test
    void recordsInsideReadOnlyTransactions() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> recordOne(1));

        assertThat(count("select count(*) from audit.entry")).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesUpdatesDeletesAndTruncation() {
        long id = recordOne(1);
        chainer.chainPending();

        assertThatThrownBy(() -> jdbc.sql("update audit.entry set detail = 'x' where id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entry where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("truncate audit.entry").update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update audit.chain_link set chain_seq = 99 where entry_id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit.chain_link set chain_hash = 'y' where entry_id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from audit.chain_link where entry_id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("truncate audit.chain_link").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersAreAllChainedWithoutGaps() throws Exception {
        int threads = 8;
        int perThread = 200;
        AtomicBoolean writing = new AtomicBoolean(true);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads + 2)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        recordOne(thread * 1000 + i);
                    }
                }));
            }
            // Two more "nodes" chaining while the writers write, besides the scheduled chainer.
            List<Future<?>> chainers = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                chainers.add(pool.submit(() -> {
                    while (writing.get()) {
                        chainer.chainPending();
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            for (Future<?> c : chainers) {
                c.get();
            }
        }
        chainer.chainPending();

        long total = threads * perThread;
        assertThat(count("select count(*) from audit.entry")).isEqualTo(total);
        assertThat(count("select count(*) from audit.pending")).isZero();
        assertThat(count("select count(*) from audit.entry e "
                        + "where not exists (select 1 from audit.chain_link l where l.entry_id = e.id)"))
                .isZero();
        assertThat(count("select max(chain_seq) from audit.chain_link")).isEqualTo(total);
        assertThat(count("select count(*) from audit.chain_link")).isEqualTo(total);
        assertThat(metrics.lag()).isZero();
        assertThat(meterRegistry.get(ChainMetrics.LAG).gauge().value()).isZero();
        assertThat(meterRegistry.get(ChainMetrics.CHAINED).gauge().value()).isEqualTo(total);
        VerificationReport report = verification.verify();
        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(report.chainedEntries()).isEqualTo(total);
    }

    @Test
    void theScheduledChainerCatchesUpWithinFiveSeconds() {
        for (int i = 0; i < 50; i++) {
            recordOne(i);
        }

        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> count("select count(*) from audit.pending") == 0);
        assertThat(count("select count(*) from audit.chain_link")).isEqualTo(50);
        assertThat(metrics.lag()).isZero();
    }

    @Test
    void lagIsTheAgeOfTheOldestUnchainedEntryWhileNoOneChains() throws SQLException {
        assertThat(metrics.lag()).isZero();
        try (Connection session = dataSource.getConnection()) {
            // Hold the chain lock for the session, as a stuck chainer on another node would.
            try (PreparedStatement lock = session.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, ChainLock.KEY);
                lock.execute();
            }
            try {
                insertWithValidMac(Instant.now().minusSeconds(30));
                recordOne(1);

                assertThat(metrics.lag()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
                assertThat(meterRegistry.get(ChainMetrics.LAG).gauge().value()).isGreaterThanOrEqualTo(30.0);
            } finally {
                try (PreparedStatement unlock = session.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, ChainLock.KEY);
                    unlock.execute();
                }
            }
        }
        chainer.chainPending();

        assertThat(metrics.lag()).isZero();
    }

    @Test
    void entriesWithAWrongMacAreSetAsideWithoutBlockingTheChainOrCountingAsLag() {
        // Inserted behind the application's back, but queued the way the application queues entries.
        jdbc.sql("""
                        with entry as (
                            insert into audit.entry (occurred_at, actor_type, event, result, row_mac)
                            values (now() - interval '30 seconds', 'SYSTEM', 'LOGOUT', 'SUCCESS', 'not-a-mac')
                            returning id, occurred_at)
                        insert into audit.pending (entry_id, occurred_at) select id, occurred_at from entry
                        """)
                .update();
        recordOne(1);
        chainer.chainPending();
        recordOne(2);
        chainer.chainPending();

        assertThat(count("select count(*) from audit.chain_link")).isEqualTo(2);
        assertThat(count("select count(*) from audit.pending")).as("the rejected entry left the queue").isZero();
        assertThat(metrics.lag()).isZero();
        assertThat(meterRegistry.get(ChainMetrics.REJECTED).gauge().value()).isEqualTo(1);
    }

    @Test
    void theChainerTakesItsBatchByAddressAndIndexWhateverTheQueueTablesSizeWhenPlanned() {
        String plan = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            // Planned while the queue is small, as after a vacuum; the plan is kept as the table fills with
            // rows deleted since (pages of them between two vacuums of a busy log).
            jdbc.sql("insert into audit.pending (entry_id, occurred_at) select -g, now() from generate_series(1, 20) g")
                    .update();
            jdbc.sql("analyze audit.pending").update();
            jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
            jdbc.sql("prepare chain_take(integer) as " + AuditChainer.TAKE.replace(":limit", "$1")).update();
            try {
                jdbc.sql("insert into audit.pending (entry_id, occurred_at) select -g, now() from generate_series(21, 50000) g")
                        .update();
                jdbc.sql("delete from audit.pending where entry_id < -200").update();
                return String.join("\n", jdbc.sql("explain execute chain_take(2000)").query(String.class).list());
            } finally {
                jdbc.sql("deallocate chain_take").update();
            }
        });

        // (audit.entry, tiny here, may be read whole; with a log of any size it is read by index row by row)
        assertThat(plan).contains("Tid Scan on pending", "Index Scan using pending_pkey on pending")
                .doesNotContain("Seq Scan on pending");
    }

    private void insertWithValidMac(Instant occurredAt) {
        long id = jdbc.sql("select nextval('audit.entry_id_seq')").query(Long.class).single();
        StoredEntry entry = new StoredEntry(id, occurredAt.truncatedTo(ChronoUnit.MICROS), "SYSTEM", "test", "test",
                null, "CONFIGURATION_CHANGED", null, null, "SUCCESS", null, null, null, null);
        jdbc.sql("""
                        with entry as (
                            insert into audit.entry (id, occurred_at, actor_type, actor_id, actor_name, event, result,
                                                     row_mac)
                            values (:id, :at, 'SYSTEM', 'test', 'test', 'CONFIGURATION_CHANGED', 'SUCCESS', :mac)
                            returning id, occurred_at)
                        insert into audit.pending (entry_id, occurred_at) select id, occurred_at from entry
                        """)
                .param("id", id)
                .param("at", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .param("mac", mac.rowMac(entry))
                .update();
    }

    /** Runs the statements in one transaction. */
    private void inOneTransaction(Runnable statements) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> statements.run());
    }
}
