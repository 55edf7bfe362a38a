package org.onewindow.workflow.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.shared.ChinaTime;
import org.onewindow.workflow.TaskDueSoon;
import org.onewindow.workflow.TaskOverdue;
import org.onewindow.workflow.TaskSweeper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes workable tasks whose {@code alert_at} has come, in batches with {@code FOR UPDATE SKIP
 * LOCKED}, moves their {@code alert_at} on (to the moment their due date has passed, or to none once
 * they are overdue) and publishes their events in the same short transaction: the event publication
 * registry stores an event exactly when its task's flag commits, and no other sweeper ever takes the
 * same task for the same moment. The supervision item is raised by {@link OverdueSupervision} from
 * the event, durably, after the commit.
 */
@Component
class TaskSweep implements TaskSweeper {

    static final Actor SWEEPER = Actor.system("workflow-sweeper");
    /** The audit log's object type for a task's due date, as when it was a limit of the deadline module. */
    static final String AUDIT_OBJECT = "workflow.task";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;

    TaskSweep(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${onewindow.workflow.sweeper.batch-size:100}") int batchSize) {
        this.jdbc = jdbc;
        this.events = events;
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
        int dueSoon = 0;
        int overdue = 0;
        List<Taken> taken;
        do {
            taken = transactions.execute(status -> {
                List<Taken> due = take(now, today, size);
                due.forEach(task -> publish(task, now));
                return due;
            });
            for (Taken task : taken) {
                if (task.overdue()) {
                    overdue++;
                } else {
                    dueSoon++;
                }
            }
        } while (taken.size() == size);
        return new SweepReport(dueSoon, overdue);
    }

    /** A task taken: overdue, or due soon. */
    private record Taken(UUID taskId, String businessKey, UUID departmentId, LocalDate dueDate, boolean overdue,
            Integer missingYear) {}

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
                           set alert_at = case when t.due_date < :today then null
                                               else (t.due_date + 1)::timestamp at time zone :zone end
                          from due, workflow.process p
                         where t.id = due.id and p.id = t.process_id
                        returning t.id, p.business_key, t.department_id, t.due_date, t.due_date < :today as overdue,
                                  t.due_missing_year""")
                .param("now", Timestamp.from(now))
                .param("today", Date.valueOf(today))
                .param("zone", ChinaTime.ZONE.getId())
                .param("limit", limit)
                .query((rs, n) -> new Taken(rs.getObject("id", UUID.class), rs.getString("business_key"),
                        rs.getObject("department_id", UUID.class), rs.getDate("due_date").toLocalDate(),
                        rs.getBoolean("overdue"), rs.getObject("due_missing_year", Integer.class)))
                .list();
    }

    private void publish(Taken task, Instant now) {
        if (!task.overdue()) {
            events.publishEvent(new TaskDueSoon(task.businessKey(), task.taskId(), task.departmentId(),
                    task.dueDate()));
            return;
        }
        Instant dueAt = DueSchedule.endOf(task.dueDate());
        events.publishEvent(new TaskOverdue(task.businessKey(), task.taskId(), task.departmentId(), task.dueDate(),
                dueAt));
        audit.record(AuditRecord.of(AuditEvent.DEADLINE_PASSED, SWEEPER, AuditResult.SUCCESS)
                .withObject(AUDIT_OBJECT, task.taskId().toString())
                .withDetail("task=" + task.taskId() + " due_at=" + dueAt
                        + (task.missingYear() != null ? " provisional_missing_year=" + task.missingYear() : "")));
    }
}
