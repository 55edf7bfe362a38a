package org.onewindow.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.onewindow.identity.RateLimits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sliding-window limits kept in PostgreSQL, so every node counts the same hits. A hit is counted
 * in its own transaction: a refused or failed attempt still counts.
 */
@Component
public class RateLimiter implements RateLimits {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryAcquire(String bucket, int max, Duration window) {
        Instant now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:bucket))").param("bucket", bucket).query().singleRow();
        long recent = jdbc.sql("select count(*) from identity.rate_limit_hit where bucket = :bucket and hit_at > :since")
                .param("bucket", bucket)
                .param("since", Timestamp.from(now.minus(window)))
                .query(Long.class)
                .single();
        if (recent >= max) {
            return false;
        }
        jdbc.sql("insert into identity.rate_limit_hit (bucket, hit_at) values (:bucket, :at)")
                .param("bucket", bucket)
                .param("at", Timestamp.from(now))
                .update();
        return true;
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    @Transactional
    public void forgetOldHits() {
        jdbc.sql("delete from identity.rate_limit_hit where hit_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(2))))
                .update();
    }
}
