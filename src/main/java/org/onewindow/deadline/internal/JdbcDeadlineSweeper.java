package org.onewindow.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.deadline.DeadlineApproaching;
import org.onewindow.deadline.DeadlinePassed;
import org.onewindow.deadline.DeadlineSweeper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes due rows in batches with {@code FOR UPDATE SKIP LOCKED}, publishes their events and flags
 * them in the same short transaction, so that the event publication registry stores the events
 * exactly when the flags commit, and no other sweeper ever sees the same row due.
 */
@Component
class JdbcDeadlineSweeper implements DeadlineSweeper {

    static final Actor SWEEPER = Actor.system("deadline-sweeper");

    private final TimeLimits rows;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;

    JdbcDeadlineSweeper(
            TimeLimits rows,
            ApplicationEventPublisher events,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            Clock clock,
            DeadlineProperties properties) {
        this.rows = rows;
        this.events = events;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.batchSize = properties.sweeper().batchSize();
    }

    @Override
    public SweepReport sweep() {
        return sweep(batchSize);
    }

    /** Sweeps in batches of {@code size}: first what is overdue, then what is due soon. */
    SweepReport sweep(int size) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int passed = drain(rows::lockOverdue, now, size, row -> passed(row, now));
        int approaching = drain(rows::lockDueSoon, now, size, row -> approaching(row, now));
        return new SweepReport(approaching, passed);
    }

    private int drain(
            BiFunction<Instant, Integer, List<LimitRow>> lock, Instant now, int size, Consumer<LimitRow> notify) {
        int total = 0;
        int taken;
        do {
            taken = transactions.execute(status -> {
                List<LimitRow> due = lock.apply(now, size);
                due.forEach(notify);
                return due.size();
            });
            total += taken;
        } while (taken == size);
        return total;
    }

    private void passed(LimitRow row, Instant now) {
        rows.markOverdueNotified(row.id(), now);
        events.publishEvent(new DeadlinePassed(row.id(), row.subject().type(), row.subject().key(),
                row.limit().unit(), row.dueAt(), row.provisional()));
        audit.record(AuditRecord.of(AuditEvent.DEADLINE_PASSED, SWEEPER, AuditResult.SUCCESS)
                .withObject(row.subject().type(), row.subject().key())
                .withDetail("deadline=" + row.id() + " due_at=" + row.dueAt()
                        + (row.provisional() ? " provisional_missing_year=" + row.missingYear() : "")));
    }

    private void approaching(LimitRow row, Instant now) {
        rows.markDueSoonNotified(row.id(), now);
        events.publishEvent(new DeadlineApproaching(row.id(), row.subject().type(), row.subject().key(),
                row.limit().unit(), row.dueAt(), row.provisional()));
    }
}
