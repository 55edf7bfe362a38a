package org.onewindow.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.deadline.DeadlineState;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Optimistic versions against concurrent users, and the sweeper's flags against both. */
@OneWindowIntegrationTest
class TimeLimitsIntegrationTests {

    @Autowired
    Deadlines deadlines;

    @Autowired
    TimeLimits rows;

    @Autowired
    MutableClock clock;

    private final DeadlineSubject ticket = DeadlineSubject.of("test.rows", UUID.randomUUID().toString());

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aChangeBasedOnAStaleReadIsNotWritten() {
        deadlines.start(ticket, TimeLimit.clockHours(2));
        LimitRow read = rows.findActive(ticket).orElseThrow();

        deadlines.pause(ticket);
        boolean written = rows.update(read.extended(1, "late_writer"), false, now());

        assertThat(written).isFalse();
        LimitRow stored = rows.findActive(ticket).orElseThrow();
        assertThat(stored.state()).isEqualTo(DeadlineState.PAUSED);
        assertThat(stored.extendedBy()).isZero();
    }

    @Test
    void aUsersChangeKeepsTheFlagsTheSweeperSetMeanwhile() {
        deadlines.start(ticket, TimeLimit.clockHours(2));
        LimitRow read = rows.findActive(ticket).orElseThrow();

        rows.markOverdueNotified(read.id(), now());
        boolean written = rows.update(read.paused(now()), false, now());

        assertThat(written).isTrue();
        LimitRow stored = rows.findActive(ticket).orElseThrow();
        assertThat(stored.overdueNotifiedAt()).isNotNull();
        assertThat(stored.dueSoonNotifiedAt()).isNotNull();
        assertThat(stored.version()).isEqualTo(read.version() + 1);
    }

    @Test
    void theSweeperTakesOnlyUnnotifiedRunningRowsPastTheirTime() {
        deadlines.start(ticket, TimeLimit.clockHours(1));
        Instant later = now().plus(Duration.ofHours(2));

        assertThat(rows.lockOverdue(later, 1000)).extracting(LimitRow::subject).contains(ticket);
        rows.markOverdueNotified(rows.findActive(ticket).orElseThrow().id(), later);
        assertThat(rows.lockOverdue(later, 1000)).extracting(LimitRow::subject).doesNotContain(ticket);
        assertThat(rows.lockDueSoon(later, 1000)).extracting(LimitRow::subject).doesNotContain(ticket);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
