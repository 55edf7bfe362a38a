package org.onewindow.workflow.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.shared.ChinaTime;
import org.onewindow.workflow.CaseDueSoon;
import org.onewindow.workflow.CaseOverdue;
import org.onewindow.workflow.TaskDueSoon;
import org.onewindow.workflow.TaskOverdue;
import org.onewindow.workflow.TaskSweeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workflow's sweeper. Takes workable tasks whose {@code alert_at} has come, in batches with {@code FOR UPDATE SKIP
 * LOCKED}, moves their {@code alert_at} on (to the moment their due date has passed, or to none once
 * they are overdue) and publishes their events in the same short transaction: the event publication
 * registry stores an event exactly when its task's flag commits, and no other sweeper ever takes the
 * same task for the same moment. The supervision item is raised by {@link OverdueSupervision} from
 * the event, durably, after the commit.
 *
 * <p>Before the tasks, the processes whose acceptance limit has passed ({@link AcceptanceClock}), taken in batches in
 * the same way: the batch's statement moves their {@code acceptance_alert_at} on by {@link #ACCEPTANCE_LEASE}
 * (no other sweeper takes them meanwhile), and each is deemed accepted in a transaction of its own, under
 * its process's lock ({@link Engine#deemAccepted}), whose move ends the limit. A process whose deeming
 * fails (or whose node stops) is taken again when the lease is over.
 *
 * <p>Then the processes whose promised limit ({@link CaseClock}) has come due soon or passed, as the
 * tasks: each batch's statement moves their {@code promise_alert_at} on (to the moment their due date
 * has passed, or to none once they are overdue) and the same transaction publishes {@link CaseDueSoon}
 * or {@link CaseOverdue}; the supervision item is raised from the latter after the commit.
 */
@Component
class TaskSweep implements TaskSweeper {

    private static final Logger log = LoggerFactory.getLogger(TaskSweep.class);
    static final Actor SWEEPER = Actor.system("workflow-sweeper");
    /** The audit log's object type for a task's due date, as when it was a limit of the deadline module. */
    static final String AUDIT_OBJECT = "workflow.task";
    /** How long a process taken for its deemed acceptance is left to the sweeper that took it. */
    static final Duration ACCEPTANCE_LEASE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Engine engine;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;

    TaskSweep(JdbcClient jdbc, ApplicationEventPublisher events, Engine engine, AuditLog audit,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${onewindow.workflow.sweeper.batch-size:100}") int batchSize) {
        this.jdbc = jdbc;
        this.events = events;
        this.engine = engine;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Override
    public SweepReport sweep() {
        return sweep(batchSize);
    }

    SweepReport sweep(int size) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = now.atZone(ChinaTime.ZONE).toLocalDate();
        // Acceptances first: the task phase's overdue events are handled after their commit by
        // listeners that update the process row (its overdue mark), and a process row locked by
        // one of them would be skipped by the acceptance phase below until the next sweep.
        int deemed = deemAccepted(now, size);
        // Promises before tasks, for the same reason.
        int[] cases = phase(size, () -> takePromises(now, today, size), this::publishPromise);
        int[] tasks = phase(size, () -> take(now, today, size), task -> publish(task, now));
        return new SweepReport(tasks[0], tasks[1], deemed, cases[0], cases[1]);
    }

    /**
     * One phase: batches taken and published in a transaction each until a batch is not full; returns
     * how many were due soon and how many overdue.
     */
    private int[] phase(int size, Supplier<List<Taken>> take, Consumer<Taken> publish) {
        int[] counts = new int[2];
        List<Taken> taken;
        do {
            taken = transactions.execute(status -> {
                List<Taken> due = take.get();
                due.forEach(publish);
                return due;
            });
            for (Taken each : taken) {
                counts[each.overdue() ? 1 : 0]++;
            }
        } while (taken.size() == size);
        return counts;
    }

    /** Deems accepted the processes whose acceptance limit has passed; returns how many. */
    private int deemAccepted(Instant now, int size) {
        int deemed = 0;
        List<UUID> taken;
        do {
            taken = transactions.execute(status -> takeAcceptances(now, size));
            for (UUID processId : taken) {
                try {
                    deemed += Boolean.TRUE.equals(transactions.execute(status -> engine.deemAccepted(processId)))
                            ? 1 : 0;
                } catch (RuntimeException e) {
                    // Taken again when its lease is over; the others go on.
                    log.warn("Deemed acceptance of process {} failed; retried after {}", processId, ACCEPTANCE_LEASE, e);
                }
            }
        } while (taken.size() == size);
        return deemed;
    }

    /**
     * Locks up to {@code limit} processes whose acceptance limit has passed, skipping locked ones, and
     * leases them to this sweeper (their alert moves on by {@link #ACCEPTANCE_LEASE}).
     */
    private List<UUID> takeAcceptances(Instant now, int limit) {
        return jdbc.sql("""
                        with due as (
                            select id from workflow.process
                             where acceptance_alert_at is not null and acceptance_alert_at <= :now
                             order by acceptance_alert_at
                             limit :limit
                               for update skip locked)
                        update workflow.process p set acceptance_alert_at = :lease
                          from due
                         where p.id = due.id
                        returning p.id""")
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(now.plus(ACCEPTANCE_LEASE)))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** A task taken (or a case's promise: no task, no department): overdue, or due soon. */
    private record Taken(UUID taskId, String businessKey, UUID departmentId, String regionCode, LocalDate dueDate,
            boolean overdue, Integer missingYear) {}

    /** Where a taken task or promise is looked at next: once its due date has passed; no more once overdue. */
    private static final String NEXT_ALERT =
            "case when %1$s < :today then null else (%1$s + 1)::timestamp at time zone :zone end";

    /**
     * Locks up to {@code limit} processes whose promise's moment has come, skipping locked ones, and moves
     * their moment on as {@link #take} does for tasks.
     */
    private List<Taken> takePromises(Instant now, LocalDate today, int limit) {
        return jdbc.sql("""
                        with due as (
                            select id from workflow.process
                             where promise_alert_at is not null and promise_alert_at <= :now
                             order by promise_alert_at
                             limit :limit
                               for update skip locked)
                        update workflow.process p set promise_alert_at = %s
                          from due
                         where p.id = due.id
                        returning p.business_key, p.promise_due_date, p.promise_due_date < :today as overdue,
                                  p.promise_missing_year""".formatted(NEXT_ALERT.formatted("p.promise_due_date")))
                .param("now", Timestamp.from(now))
                .param("today", Date.valueOf(today))
                .param("zone", ChinaTime.ZONE.getId())
                .param("limit", limit)
                .query((rs, n) -> new Taken(null, rs.getString("business_key"), null, null,
                        rs.getDate("promise_due_date").toLocalDate(), rs.getBoolean("overdue"),
                        rs.getObject("promise_missing_year", Integer.class)))
                .list();
    }

    private void publishPromise(Taken promise) {
        if (!promise.overdue()) {
            events.publishEvent(new CaseDueSoon(promise.businessKey(), promise.dueDate()));
            return;
        }
        Instant dueAt = DueSchedule.endOf(promise.dueDate());
        events.publishEvent(new CaseOverdue(promise.businessKey(), promise.dueDate(), dueAt));
        passed(CaseClock.AUDIT_OBJECT, promise.businessKey(), "case=" + promise.businessKey(), dueAt, promise);
    }

    /**
     * Locks up to {@code limit} workable tasks whose moment has come, skipping locked ones, and moves
     * their moment on: a task due soon is looked at again when its due date has passed (the start of
     * the next day in China), an overdue one no more (until its due date moves).
     */
    private List<Taken> take(Instant now, LocalDate today, int limit) {
        return jdbc.sql("""
                        with due as (
                            select id from workflow.task
                             where state in ('OPEN', 'CLAIMED') and alert_at is not null and alert_at <= :now
                             order by alert_at
                             limit :limit
                               for update skip locked)
                        update workflow.task t
                           set alert_at = %s, due_soon_at = coalesce(t.due_soon_at, :now)
                          from due, workflow.process p
                         where t.id = due.id and p.id = t.process_id
                        returning t.id, p.business_key, t.department_id, t.region_code, t.due_date,
                                  t.due_date < :today as overdue, t.due_missing_year""".formatted(NEXT_ALERT.formatted("t.due_date")))
                .param("now", Timestamp.from(now))
                .param("today", Date.valueOf(today))
                .param("zone", ChinaTime.ZONE.getId())
                .param("limit", limit)
                .query((rs, n) -> new Taken(rs.getObject("id", UUID.class), rs.getString("business_key"),
                        rs.getObject("department_id", UUID.class), rs.getString("region_code"),
                        rs.getDate("due_date").toLocalDate(), rs.getBoolean("overdue"),
                        rs.getObject("due_missing_year", Integer.class)))
                .list();
    }

    private void publish(Taken task, Instant now) {
        if (!task.overdue()) {
            events.publishEvent(new TaskDueSoon(task.businessKey(), task.taskId(), task.departmentId(),
                    task.dueDate(), task.regionCode()));
            return;
        }
        Instant dueAt = DueSchedule.endOf(task.dueDate());
        events.publishEvent(new TaskOverdue(task.businessKey(), task.taskId(), task.departmentId(), task.dueDate(),
                dueAt));
        passed(AUDIT_OBJECT, task.taskId().toString(), "task=" + task.taskId(), dueAt, task);
    }

    private void passed(String objectType, String objectKey, String subject, Instant dueAt, Taken taken) {
        audit.record(AuditRecord.of(AuditEvent.DEADLINE_PASSED, SWEEPER, AuditResult.SUCCESS)
                .withObject(objectType, objectKey)
                .withDetail(subject + " due_at=" + dueAt
                        + (taken.missingYear() != null ? " provisional_missing_year=" + taken.missingYear() : "")));
    }
}
