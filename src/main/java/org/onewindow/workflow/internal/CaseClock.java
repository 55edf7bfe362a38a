package org.onewindow.workflow.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.audit.AuditLog;
import org.onewindow.deadline.DueDates;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.deadline.LimitUnit;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.shared.ChinaTime;
import org.onewindow.workflow.CasePromise;
import org.onewindow.workflow.CasePromises;
import org.onewindow.workflow.WorkflowDeadlines;
import org.onewindow.workflow.WorkflowError;
import org.onewindow.workflow.WorkflowException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case's promised limit (承诺时限), kept in the process row: the item's promised working or
 * calendar days from acceptance, counted with the deadline module's arithmetic ({@link DueDates}:
 * calendar, due-soon share, provisional years), extended once, paused in whole days by the case's
 * special procedures (its {@code workflow.suspension} rows are its pauses) and finished as the case
 * ends. The process's move statements start and end it ({@link Changes#promise},
 * {@link Changes#promiseEnded}); the workflow's sweeper announces it due soon and overdue
 * ({@link TaskSweep}). Moves the case's tasks' due dates ({@link TaskClock}) with it.
 */
@Component
class CaseClock extends ProvisionalYears implements CasePromises {

    /** The audit log's object type for the promised limit, as when it was a limit of the deadline module. */
    static final String AUDIT_OBJECT = WorkflowDeadlines.CASE;
    /** Processes whose promise still counts (running or paused). */
    private static final String ACTIVE = "promise_from is not null and ended_at is null";
    private static final String COURSE = """
            select id, business_key, promise_from, promise_unit, promise_days, promise_extended_by, promise_due_date,
                   promise_missing_year, ended_at
            from workflow.process
            """;

    /**
     * A promise's data as the process's move writes it when it starts.
     *
     * @param from when it starts counting (the acceptance; a deemed acceptance: the submission)
     * @param limit the item's promised limit
     * @param dueDate its due date
     * @param alertAt when the sweeper is to look at it first (when it becomes due soon)
     * @param missingYear the year counted without its holiday file, or {@code null}
     */
    record Due(Instant from, TimeLimit limit, LocalDate dueDate, Instant alertAt, Integer missingYear) {}

    /** What a promise is counted from, as its process row holds it. */
    private record Course(UUID processId, String businessKey, Instant from, TimeLimit limit, int extendedBy,
            LocalDate dueDate, Integer missingYear, Instant endedAt) {

        TimeLimit total() {
            return extendedBy == 0 ? limit : limit.plus(extendedBy);
        }

        Course extendedBy(int days) {
            return new Course(processId, businessKey, from, limit, extendedBy + days, dueDate, missingYear, endedAt);
        }
    }

    private final JdbcClient jdbc;
    private final DueDates dueDates;
    private final TaskClock tasks;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaseClock(JdbcClient jdbc, DueDates dueDates, TaskClock tasks, AuditLog audit,
            PlatformTransactionManager transactionManager, Clock clock) {
        super(jdbc, "workflow.process", "promise_missing_year", ACTIVE);
        this.jdbc = jdbc;
        this.dueDates = dueDates;
        this.tasks = tasks;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The promise of {@code limit} counted from {@code from}. */
    Due start(TimeLimit limit, Instant from) {
        DueSchedule schedule = dueDates.schedule(limit, from, List.of(), null);
        return new Due(from, limit, schedule.dueDate(), schedule.dueSoonAt(), schedule.missingYear());
    }

    /** Whether the case's promised limit is running or paused (即办件 have none): read with the process's lock. */
    boolean caseLimitActive(Store.Process process) {
        return process.promised() && process.outcome() == null;
    }

    /**
     * Adds working days to the case's promise and to every unfinished task's due date; returns the
     * case's new due date (null while its clock stands).
     */
    LocalDate extend(Store.Process process, int days) {
        tasks.extend(process.id(), days);
        return course(process.id()).map(course -> write(course.extendedBy(days), null)).orElse(null);
    }

    /**
     * The working days of an extension trimmed so that the case's limit in working days (the promise
     * with extensions) stays within {@code ceiling}; a promise in calendar days is not trimmed.
     *
     * @throws WorkflowException {@code extension_exceeds_statutory_limit} if the limit is at the ceiling
     */
    int withinCeiling(Store.Process process, int days, int ceiling) {
        Course course = course(process.id()).orElse(null);
        if (course == null || course.limit().unit() != LimitUnit.WORKING_DAYS) {
            return days;
        }
        int left = ceiling - course.total().amount();
        if (left <= 0) {
            throw new WorkflowException(WorkflowError.EXTENSION_EXCEEDS_STATUTORY_LIMIT);
        }
        return Math.min(days, left);
    }

    /**
     * Stops the case's clock, in whole working days (Art. 45): the special procedure's row is its
     * pause; the sweeper no longer looks at the case meanwhile.
     */
    void pause(Store.Process process) {
        if (process.promised()) {
            jdbc.sql("""
                            update workflow.process set promise_alert_at = null
                            where id = :id and promise_alert_at is not null""")
                    .param("id", process.id())
                    .update();
        }
    }

    /**
     * Restarts both clocks with the days left, once the task's special procedure has ended; returns the
     * case's new due date (null without a promised limit).
     */
    LocalDate resume(Store.Process process, Store.Task task) {
        tasks.resume(task.view().id());
        return resumeCase(process);
    }

    /**
     * Restarts the case's clock only (the suspended task was cancelled by another branch's rejection,
     * or the case ends); returns its new due date (null without a promised limit).
     */
    LocalDate resumeCase(Store.Process process) {
        return process.promised() ? course(process.id()).map(course -> write(course, null)).orElse(null) : null;
    }

    @Override
    public Optional<LocalDate> promisedBy(String businessKey) {
        return jdbc.sql("""
                        select promise_due_date from workflow.process
                        where business_key = :key and promise_from is not null""")
                .param("key", businessKey)
                .query((rs, n) -> Optional.ofNullable(rs.getDate("promise_due_date")).map(Date::toLocalDate))
                .optional()
                .flatMap(date -> date);
    }

    @Override
    public Map<String, CasePromise> promises(Collection<String> businessKeys) {
        Map<String, CasePromise> found = new HashMap<>();
        if (businessKeys.isEmpty()) {
            return found;
        }
        List<Course> courses = jdbc.sql(COURSE + "where business_key in (:keys) and promise_from is not null")
                .param("keys", List.copyOf(businessKeys))
                .query((rs, n) -> course(rs))
                .list();
        Map<UUID, List<Pauses.Interval>> pauses = Pauses.of(jdbc, "process_id",
                courses.stream().map(Course::processId).toList());
        Instant now = clock.instant();
        for (Course course : courses) {
            List<Pauses.Interval> intervals = pauses.get(course.processId());
            boolean running = course.endedAt() == null;
            boolean paused = running && intervals != null && intervals.stream().anyMatch(i -> i.resumedAt() == null);
            // Its stand as of now, or as of its end: the days left then (negative when past its due date).
            int left = Pauses.schedule(dueDates, course.total(), course.from(), intervals, running,
                    running ? now : course.endedAt()).daysLeftAtPause();
            found.put(course.businessKey(), new CasePromise(course.businessKey(), course.limit(), course.extendedBy(),
                    course.dueDate(), paused, course.endedAt(), course.total().amount() - left, left < 0));
        }
        return found;
    }




    /** Each process one update of its own, skipped if its promise ended or its data changed meanwhile. */
    @Override
    public int recalculateProvisional() {
        List<Course> provisional = jdbc.sql(COURSE + "where promise_missing_year is not null and " + ACTIVE)
                .query((rs, n) -> course(rs))
                .list()
                .stream()
                .filter(course -> dueDates.calendarCovers(course.missingYear()))
                .toList();
        return Recalculation.each(transactions, audit, provisional, course -> {
            LocalDate written = write(course, course);
            return written == WRITTEN_NOTHING ? null : new Recalculation.Written(AUDIT_OBJECT, course.businessKey(),
                    course.dueDate(), written != null ? written : course.dueDate(), course.missingYear());
        });
    }

    /** What {@link #write} returns when the process's promise had changed (or ended) meanwhile. */
    private static final LocalDate WRITTEN_NOTHING = LocalDate.MIN;

    private Optional<Course> course(UUID processId) {
        return jdbc.sql(COURSE + "where id = :id and " + ACTIVE).param("id", processId).query((rs, n) -> course(rs))
                .optional();
    }

    /**
     * Counts the promise again from its course and the case's special procedures and writes it. A
     * paused promise keeps the due date it had (only its days change) and is not looked at until it
     * resumes. An overdue mark stays while the new due date has passed too (no second item for it),
     * and is cleared otherwise: the sweeper raises it again if the new date passes.
     *
     * @param expected the promise as read, which must not have changed meanwhile; {@code null} for
     *     changes made under the process's lock
     * @return the new due date (null while paused), or {@link #WRITTEN_NOTHING}
     */
    private LocalDate write(Course course, Course expected) {
        DueSchedule schedule = Pauses.schedule(dueDates, course.total(), course.from(),
                Pauses.of(jdbc, "process_id", List.of(course.processId())).get(course.processId()), true, null);
        boolean written = jdbc.sql("""
                        update workflow.process set promise_extended_by = :extendedBy,
                            promise_due_date = coalesce(:due, promise_due_date), promise_missing_year = :year,
                            overdue_at = case when :due::date >= :today::date then null else overdue_at end,
                            promise_alert_at = case when :due::date is null then null
                                                    when :due::date >= :today::date or overdue_at is null
                                                    then :alert::timestamptz end
                        where id = :id and\s""" + ACTIVE + (expected == null ? ""
                        : " and promise_extended_by = :expectedDays and promise_missing_year = :expectedYear"))
                .param("extendedBy", course.extendedBy())
                .param("due", schedule.dueDate() == null ? null : Date.valueOf(schedule.dueDate()), java.sql.Types.DATE)
                .param("year", schedule.missingYear(), java.sql.Types.INTEGER)
                .param("today", Date.valueOf(today()))
                .param("alert", schedule.dueSoonAt() == null ? null : Timestamp.from(schedule.dueSoonAt()),
                        java.sql.Types.TIMESTAMP)
                .param("id", course.processId())
                .param("expectedDays", expected == null ? null : expected.extendedBy())
                .param("expectedYear", expected == null ? null : expected.missingYear())
                .update() == 1;
        return written ? schedule.dueDate() : WRITTEN_NOTHING;
    }

    private static Course course(ResultSet rs) throws SQLException {
        Date due = rs.getDate("promise_due_date");
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Course(rs.getObject("id", UUID.class), rs.getString("business_key"),
                rs.getTimestamp("promise_from").toInstant(),
                new TimeLimit(rs.getInt("promise_days"), LimitUnit.valueOf(rs.getString("promise_unit"))),
                rs.getInt("promise_extended_by"), due == null ? null : due.toLocalDate(),
                rs.getObject("promise_missing_year", Integer.class), ended == null ? null : ended.toInstant());
    }

    private LocalDate today() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atZone(ChinaTime.ZONE).toLocalDate();
    }
}
