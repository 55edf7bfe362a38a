package org.onewindow.bench;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.audit.AuditVerification;
import org.onewindow.audit.VerificationReport;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How far the audit chainer lags behind writers: the whole application, writers recording entries
 * through {@link AuditLog#record} in transactions of their own at a target rate, and the lag gauge
 * ({@code onewindow.audit.chain.lag}) sampled every 100 ms. Target: below 5 s.
 *
 * <p>Each rate in {@code audit.rates} (default {@code 1500,max}, entries per second; {@code max}
 * means unpaced) gets a warm-up ({@code audit.warmup}, 30s), a measured period
 * ({@code audit.measure}, 60s), a drain (until nothing is left unchained) and a verification of the
 * whole chain. Further settings: {@code audit.threads} (16 virtual threads),
 * {@code audit.entries-per-transaction} (3), {@code audit.sample-interval} (100ms),
 * {@code audit.explain} (false; true prints the plans of the chainer's and the gauge's queries at
 * the end of the measured period) and any {@code app.*} property for the application (e.g.
 * {@code app.onewindow.audit.chain-batch-size=1000}).
 */
final class AuditLagBenchmark {

    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(5);
    private static final AuditEvent[] EVENTS = {
        AuditEvent.REGISTRY_READ, AuditEvent.CONFIGURATION_CHANGED, AuditEvent.ROLE_CHANGED
    };

    private final OneWindowContext app;
    private final AuditLog auditLog;
    private final AuditVerification verification;
    private final TransactionTemplate transaction;
    private final Gauge lag;
    private final Gauge chained;
    private final int threads;
    private final int entriesPerTransaction;
    private final Duration sampleInterval;
    private final QueryPlans plans;

    AuditLagBenchmark(OneWindowContext app, BenchSettings settings) {
        this.app = app;
        this.auditLog = app.bean(AuditLog.class);
        this.verification = app.bean(AuditVerification.class);
        this.transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
        MeterRegistry registry = app.bean(MeterRegistry.class);
        this.lag = registry.get("onewindow.audit.chain.lag").gauge();
        this.chained = registry.get("onewindow.audit.chain.entries").gauge();
        this.threads = settings.integer("audit.threads", 16);
        this.entriesPerTransaction = settings.integer("audit.entries-per-transaction", 3);
        this.sampleInterval = settings.duration("audit.sample-interval", Duration.ofMillis(100));
        this.plans = settings.text("audit.explain", "false").equals("true")
                ? new QueryPlans(app.bean(javax.sql.DataSource.class))
                : null;
    }

    /**
     * Records at the given rate (entries per second, 0 for unpaced), drains and verifies.
     */
    Result run(double entriesPerSecond, Duration warmup, Duration measure) throws Exception {
        double transactionsPerSecond = entriesPerSecond / entriesPerTransaction;
        LoadDriver driver = new LoadDriver(
                threads, Thread.ofVirtual().name("audit-writer-", 0).factory(), transactionsPerSecond);
        long[] chainedAt = new long[2];
        Operation businessTransaction = worker -> transaction.executeWithoutResult(status -> {
            for (int i = 0; i < entriesPerTransaction; i++) {
                auditLog.record(AuditRecord.of(EVENTS[i % EVENTS.length],
                                Actor.staff("bench-" + worker, "基准测试员" + worker), AuditResult.SUCCESS)
                        .withIp("10.0.0." + (worker + 1))
                        .withObject("case", "SQ" + System.nanoTime())
                        .withDetail("step=" + i + ";bench=audit-lag"));
            }
        });
        LagSampler.Samples samples;
        Measurement measurement;
        try (LagSampler sampler = new LagSampler(lag, sampleInterval)) {
            LagSampler.Samples[] kept = new LagSampler.Samples[1];
            measurement = driver.run(warmup, measure, businessTransaction, new LoadDriver.Hooks() {
                @Override
                public void measureStarted() {
                    chainedAt[0] = (long) chained.value();
                    sampler.startRecording();
                }

                @Override
                public void measureEnded() {
                    kept[0] = sampler.stopRecording();
                    chainedAt[1] = (long) chained.value();
                    if (plans != null) {
                        plans.print();
                    }
                }
            });
            samples = kept[0];
        }
        long drainStart = System.nanoTime();
        while (lag.value() > 0 && System.nanoTime() - drainStart < DRAIN_LIMIT.toNanos()) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        Duration drain = Duration.ofNanos(System.nanoTime() - drainStart);
        long verifyStart = System.nanoTime();
        VerificationReport report = verification.verify();
        Duration verify = Duration.ofNanos(System.nanoTime() - verifyStart);
        double seconds = measure.toNanos() / 1e9;
        return new Result(entriesPerSecond, measurement, measurement.perSecond() * entriesPerTransaction,
                (chainedAt[1] - chainedAt[0]) / seconds, samples, drain, report, verify, warmup);
    }

    /** The chainer's settings in effect, for the report. */
    String chainerSettings() {
        return "chain-interval=" + app.property("onewindow.audit.chain-interval", "250ms")
                + ", chain-batch-size=" + app.property("onewindow.audit.chain-batch-size", "2000")
                + ", " + threads + " virtual writer threads, " + entriesPerTransaction + " entries per transaction";
    }

    /**
     * One rate's outcome.
     *
     * @param target entries per second aimed at, 0 for unpaced
     * @param transactions the writers' transactions in the measured period
     * @param recordedPerSecond entries committed per second
     * @param chainedPerSecond entries chained per second (chain head movement)
     * @param lag the lag gauge's samples during the measured period
     * @param drain how long it took after the writers stopped until nothing was unchained
     * @param report the verification of the whole log afterwards
     * @param verify how long the verification took
     * @param warmup the warm-up's length
     */
    record Result(
            double target,
            Measurement transactions,
            double recordedPerSecond,
            double chainedPerSecond,
            LagSampler.Samples lag,
            Duration drain,
            VerificationReport report,
            Duration verify,
            Duration warmup) {

        ResultTable.Row row(String date) {
            return ResultTable.row()
                    .add("date", date)
                    .add("target entries/s", target > 0 ? ResultTable.number(target, 0) : "max (unpaced)")
                    .add("warm-up / measured", warmup.toSeconds() + " s / " + transactions.period().toSeconds() + " s")
                    .add("entries/s recorded", ResultTable.number(recordedPerSecond, 0))
                    .add("entries/s chained", ResultTable.number(chainedPerSecond, 0))
                    .add("lag p99 s", ResultTable.number(lag.p99Seconds(), 2))
                    .add("lag max s", ResultTable.number(lag.maxSeconds(), 2))
                    .add("lag samples", lag.millis().getTotalCount() + (lag.unavailable() > 0
                            ? " (+" + lag.unavailable() + " unreadable)" : ""))
                    .add("tx p50 / p99 ms", ResultTable.number(transactions.p50Millis(), 1) + " / "
                            + ResultTable.number(transactions.p99Millis(), 1))
                    .add("drain s", ResultTable.number(drain.toMillis() / 1000.0, 1))
                    .add("chain intact", (report.intact() ? "yes" : "NO") + " (" + report.chainedEntries()
                            + " entries, " + report.anchorsChecked() + " anchors, "
                            + ResultTable.number(verify.toMillis() / 1000.0, 1) + " s)")
                    .add("errors", transactions.errors())
                    .add("others' CPU", transactions.othersCpuPercent());
        }

        boolean meetsTarget() {
            return lag.maxSeconds() < 5 && report.intact() && transactions.errors() == 0;
        }
    }
}
