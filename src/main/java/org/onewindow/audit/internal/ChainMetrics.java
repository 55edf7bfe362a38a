package org.onewindow.audit.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes how far the chainer lags behind ({@code onewindow.audit.chain.lag}, seconds; alert
 * above 5), how many entries are chained and how many the chainer refused (wrong MAC, or queued but missing).
 */
@Component
class ChainMetrics {

    static final String LAG = "onewindow.audit.chain.lag";
    static final String CHAINED = "onewindow.audit.chain.entries";
    static final String REJECTED = "onewindow.audit.chain.rejected";

    private static final Logger log = LoggerFactory.getLogger(ChainMetrics.class);

    private final JdbcClient jdbc;

    ChainMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder(LAG, this, metrics -> guarded(() -> metrics.lag().toNanos() / 1e9))
                .description("Age of the oldest audit entry not chained yet (0 if none)")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder(CHAINED, this, metrics -> guarded(() -> ChainHead.read(metrics.jdbc).chainSeq()))
                .description("Audit entries in the chain")
                .register(registry);
        Gauge.builder(REJECTED, this, metrics -> guarded(metrics::rejectedEntries))
                .description("Audit entries refused by the chainer (wrong MAC, or queued but missing)")
                .register(registry);
    }

    /** Now minus the oldest queued entry's time; zero when everything is chained (or rejected). */
    Duration lag() {
        Long micros = jdbc.sql("""
                        select (extract(epoch from now() - min(occurred_at)) * 1000000)::bigint
                          from audit.pending
                        """)
                .query(Long.class)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(0L);
        return Duration.ofNanos(Math.max(0, micros) * 1000);
    }

    private double rejectedEntries() {
        return jdbc.sql("select count(*) from audit.rejected_entry").query(Long.class).single();
    }

    private static double guarded(DoubleSupplier query) {
        try {
            return query.getAsDouble();
        } catch (RuntimeException e) {
            log.debug("Audit metric unavailable", e);
            return Double.NaN;
        }
    }
}
