package org.onewindow.certificate.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sliding-window limit on verifications kept in PostgreSQL, so that every node counts the same
 * hits. Each hit commits on its own: a refused attempt still counts.
 */
@Component
class VerificationLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CertificateProperties properties;

    VerificationLimiter(JdbcClient jdbc, Clock clock, CertificateProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Counts a verification from the address; false when the address has used up its minute. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryAcquire(String ip) {
        String bucket = "verify:" + ip;
        Instant now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:bucket))").param("bucket", bucket).query().singleRow();
        long recent = jdbc.sql(
                        "select count(*) from certificate.rate_limit_hit where bucket = :bucket and hit_at > :since")
                .param("bucket", bucket)
                .param("since", Timestamp.from(now.minus(WINDOW)))
                .query(Long.class)
                .single();
        if (recent >= properties.verificationsPerIpPerMinute()) {
            return false;
        }
        jdbc.sql("insert into certificate.rate_limit_hit (bucket, hit_at) values (:bucket, :at)")
                .param("bucket", bucket)
                .param("at", Timestamp.from(now))
                .update();
        return true;
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 120_000)
    @Transactional
    public void forgetOldHits() {
        jdbc.sql("delete from certificate.rate_limit_hit where hit_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .update();
    }
}
