package org.onewindow.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.deadline.DueDateOwner;
import org.onewindow.deadline.ProvisionalDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recalculates provisional limits once their missing holiday files are there: at start-up and on
 * request. Each limit is one optimistic update of its own, audited when its due time moves. The
 * provisional due dates that other modules keep in their own rows ({@link DueDateOwner}, the
 * workflow's tasks) are counted with them and recalculated by their owners at the same moments.
 */
@Component
class ProvisionalRecalculation implements ProvisionalDeadlines {

    private static final Logger log = LoggerFactory.getLogger(ProvisionalRecalculation.class);

    private final TimeLimits rows;
    private final Timelines timelines;
    private final DeadlineCalendar calendar;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ObjectProvider<DueDateOwner> owners;

    ProvisionalRecalculation(
            TimeLimits rows,
            Timelines timelines,
            DeadlineCalendar calendar,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            Clock clock,
            ObjectProvider<DueDateOwner> owners) {
        this.rows = rows;
        this.timelines = timelines;
        this.calendar = calendar;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.owners = owners;
    }

    @Override
    public long count() {
        return rows.countProvisional() + owners.orderedStream().mapToLong(DueDateOwner::countProvisional).sum();
    }

    @Override
    public SortedSet<Integer> missingYears() {
        SortedSet<Integer> years = new TreeSet<>(rows.missingYears());
        owners.orderedStream().forEach(owner -> years.addAll(owner.missingYears()));
        return years;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        int recalculated = reloadCalendarAndRecalculate();
        SortedSet<Integer> missing = missingYears();
        if (!missing.isEmpty()) {
            log.warn("{} time limits are provisional, counted as weekdays only in {}: add {}", count(), missing,
                    missing.stream().map(HolidayFiles::resourceName).toList());
        } else if (recalculated > 0) {
            log.info("{} provisional time limits recalculated with the new holiday files", recalculated);
        }
    }

    @Override
    public int reloadCalendarAndRecalculate() {
        var loaded = calendar.reload();
        int recalculated = 0;
        for (LimitRow row : rows.findProvisional()) {
            if (loaded.covers(row.missingYear()) && recalculate(row)) {
                recalculated++;
            }
        }
        for (DueDateOwner owner : owners.orderedStream().toList()) {
            recalculated += owner.recalculateProvisional();
        }
        return recalculated;
    }

    private boolean recalculate(LimitRow row) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            LimitRow changed = timelines.schedule(row);
            if (!rows.update(changed, true, now)) {
                // Changed meanwhile, and so already recalculated by that change.
                return false;
            }
            if (!Objects.equals(changed.dueAt(), row.dueAt())) {
                audit.record(AuditRecord.of(AuditEvent.DEADLINE_RECALCULATED, JdbcDeadlineSweeper.SWEEPER,
                                AuditResult.SUCCESS)
                        .withObject(row.subject().type(), row.subject().key())
                        .withDetail("deadline=" + row.id() + " due_at=" + row.dueAt() + " now_due_at="
                                + changed.dueAt() + " calendar_year=" + row.missingYear()));
            }
            log.info("Time limit {} of {} recalculated: due {} (was {})", row.id(), row.subject(), changed.dueAt(),
                    row.dueAt());
            return true;
        }));
    }
}
