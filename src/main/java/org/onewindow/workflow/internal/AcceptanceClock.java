package org.onewindow.workflow.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onewindow.audit.AuditLog;
import org.onewindow.deadline.DueDates;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.deadline.TimeLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The acceptance limit, kept in the process row: 5 working days from submission (行政许可法 Art. 32),
 * and 5 again from a corrected application's resubmission, counted with the deadline module's
 * arithmetic ({@link DueDates}: calendar, provisional years). The process's insert and move statements
 * write it ({@link Changes#acceptance}, {@link Changes#acceptanceEnded}); the workflow's sweeper takes
 * the processes whose limit has passed ({@link TaskSweep}); provisional due dates are recalculated when
 * a missing holiday file arrives.
 */
@Component
class AcceptanceClock extends ProvisionalYears {

    /** The working days to accept an application, or a corrected one (Art. 32). */
    static final int DAYS = 5;
    /** The audit log's object type for the acceptance limit, as when it was a limit of the deadline module. */
    static final String AUDIT_OBJECT = "workflow.acceptance";
    /** The same, for the limit counted from a corrected application's resubmission. */
    static final String AUDIT_OBJECT_AFTER_CORRECTION = "workflow.acceptance.after-correction";
    /** Processes whose acceptance limit still counts. */
    private static final String WAITING = "acceptance_alert_at is not null";

    /**
     * An acceptance limit's data, as the process row keeps it.
     *
     * @param from when it started counting (submission or resubmission)
     * @param days the working days allowed
     * @param dueDate its due date
     * @param alertAt when the sweeper is to look at the process: when the due date has passed
     * @param missingYear the year counted as weekdays only, or {@code null}
     */
    record Due(Instant from, int days, LocalDate dueDate, Instant alertAt, Integer missingYear) {}

    private final JdbcClient jdbc;
    private final DueDates dueDates;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    AcceptanceClock(JdbcClient jdbc, DueDates dueDates, AuditLog audit, PlatformTransactionManager transactionManager) {
        super(jdbc, "workflow.process", "acceptance_missing_year", WAITING);
        this.jdbc = jdbc;
        this.dueDates = dueDates;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The acceptance limit counted from {@code from}. */
    Due start(Instant from) {
        return due(from, DAYS);
    }

    private Due due(Instant from, int days) {
        DueSchedule schedule = dueDates.schedule(TimeLimit.workingDays(days), from, List.of(), null);
        return new Due(from, days, schedule.dueDate(), passedAt(schedule.dueDate()), schedule.missingYear());
    }

    /** The first instant after a due date (in China): when it has passed. */
    static Instant passedAt(LocalDate dueDate) {
        return DueSchedule.endOf(dueDate).plusNanos(1_000);
    }




    /** What a provisional acceptance due date is counted from. */
    private record Course(UUID processId, String businessKey, boolean afterCorrection, Instant from, int days,
            LocalDate dueDate, int missingYear) {}

    /**
     * Each process one update of its own, skipped if its acceptance was decided or its data changed
     * meanwhile.
     */
    @Override
    public int recalculateProvisional() {
        List<Course> provisional = jdbc.sql("""
                        select id, business_key, correction_requested, acceptance_from, acceptance_days,
                               acceptance_due_date, acceptance_missing_year
                        from workflow.process where acceptance_missing_year is not null and\s""" + WAITING)
                .query((rs, n) -> new Course(rs.getObject("id", UUID.class), rs.getString("business_key"),
                        rs.getBoolean("correction_requested"), rs.getTimestamp("acceptance_from").toInstant(),
                        rs.getInt("acceptance_days"), rs.getDate("acceptance_due_date").toLocalDate(),
                        rs.getInt("acceptance_missing_year")))
                .list()
                .stream()
                .filter(course -> dueDates.calendarCovers(course.missingYear()))
                .toList();
        return Recalculation.each(transactions, audit, provisional, course -> {
            Due due = due(course.from(), course.days());
            boolean written = jdbc.sql("""
                            update workflow.process set acceptance_due_date = :due, acceptance_alert_at = :alert,
                                acceptance_missing_year = :year
                            where id = :id and acceptance_alert_at is not null and acceptance_from = :from
                              and acceptance_days = :days and acceptance_missing_year = :expectedYear""")
                    .param("due", Date.valueOf(due.dueDate()))
                    .param("alert", Timestamp.from(due.alertAt()))
                    .param("year", due.missingYear())
                    .param("id", course.processId())
                    .param("from", Timestamp.from(course.from()))
                    .param("days", course.days())
                    .param("expectedYear", course.missingYear())
                    .update() == 1;
            return !written ? null : new Recalculation.Written(auditObject(course.afterCorrection()),
                    course.businessKey(), course.dueDate(), due.dueDate(), course.missingYear());
        });
    }

    /** The audit object type of the limit: the first, or the one after a correction. */
    static String auditObject(boolean afterCorrection) {
        return afterCorrection ? AUDIT_OBJECT_AFTER_CORRECTION : AUDIT_OBJECT;
    }
}
