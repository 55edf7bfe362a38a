package org.onewindow.workflow.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditLog;
import org.onewindow.deadline.DueDates;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.shared.ChinaTime;
import org.onewindow.workflow.TaskState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A task's due date, kept in its own row: counted in working days from its creation with the
 * deadline module's arithmetic ({@link DueDates}: calendar, due-soon share, provisional years), paused
 * in whole working days by the task's special procedures (its {@code workflow.suspension} rows are
 * its pauses: the days left at the pause are kept, and counted again from the resume date), extended
 * with the case, and recalculated when a missing holiday file arrives.
 */
@Component
class TaskClock extends ProvisionalYears {

    static final Actor RECALCULATION = Actor.system("workflow-due-dates");
    /** The states in which a task's due date still counts, or will again. */
    private static final String UNFINISHED = "('OPEN', 'CLAIMED', 'WAITING_CORRECTION', 'SUSPENDED')";

    /**
     * A new task's due data.
     *
     * @param dueDate its due date
     * @param alertAt when the sweeper is to look at it first (when it becomes due soon)
     * @param days the working days allowed
     * @param missingYear the year counted as weekdays only, or {@code null}
     */
    record Due(LocalDate dueDate, Instant alertAt, int days, Integer missingYear) {}

    /** What a task's due date is counted from ({@code from}: its creation, or a reopened task's reopening). */
    private record Course(UUID taskId, Instant from, int days, TaskState state, LocalDate dueDate,
            Integer missingYear) {}

    private final JdbcClient jdbc;
    private final DueDates dueDates;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TaskClock(JdbcClient jdbc, DueDates dueDates, AuditLog audit, PlatformTransactionManager transactionManager,
            Clock clock) {
        super(jdbc, "workflow.task", "due_missing_year", "state in " + UNFINISHED);
        this.jdbc = jdbc;
        this.dueDates = dueDates;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The due data of tasks created now with a limit of {@code days} working days. */
    Due start(int days, Instant now) {
        DueSchedule schedule = dueDates.schedule(TimeLimit.workingDays(days), now, List.of(), null);
        return new Due(schedule.dueDate(), schedule.dueSoonAt(), days, schedule.missingYear());
    }

    /**
     * Adds working days to the due dates of the process's unfinished tasks; a suspended task keeps
     * them for its resume.
     */
    void extend(UUID processId, int days) {
        LocalDate today = today();
        List<Course> courses = jdbc.sql("""
                        select id, coalesce(due_from, created_at) as due_from, due_days, state, due_date, due_missing_year
                        from workflow.task
                        where process_id = :process and due_days is not null and state in\s""" + UNFINISHED)
                .param("process", processId)
                .query((rs, n) -> course(rs))
                .list();
        Map<UUID, List<Pauses.Interval>> pauses = pauses(courses);
        for (Course course : courses) {
            Course extended = new Course(course.taskId(), course.from(), course.days() + days, course.state(),
                    course.dueDate(), course.missingYear());
            write(extended, schedule(extended, pauses.get(course.taskId())), today, null);
        }
    }

    /** Counts the task's due date again after its special procedure ended: the days left from today. */
    void resume(UUID taskId) {
        List<Course> courses = jdbc.sql("""
                        select id, coalesce(due_from, created_at) as due_from, due_days, state, due_date, due_missing_year
                        from workflow.task
                        where id = :id and due_days is not null""")
                .param("id", taskId)
                .query((rs, n) -> course(rs))
                .list();
        Map<UUID, List<Pauses.Interval>> pauses = pauses(courses);
        courses.forEach(course -> write(course, schedule(course, pauses.get(course.taskId())), today(), null));
    }




    /** Each task one update of its own, skipped if the task's due data changed meanwhile (and so was recalculated). */
    @Override
    public int recalculateProvisional() {
        List<Course> provisional = jdbc.sql("""
                        select id, coalesce(due_from, created_at) as due_from, due_days, state, due_date, due_missing_year
                        from workflow.task
                        where due_missing_year is not null and due_days is not null and state in\s""" + UNFINISHED)
                .query((rs, n) -> course(rs))
                .list()
                .stream()
                .filter(course -> dueDates.calendarCovers(course.missingYear()))
                .toList();
        return Recalculation.each(transactions, audit, provisional, course -> {
            DueSchedule schedule = schedule(course, pauses(List.of(course)).get(course.taskId()));
            if (!write(course, schedule, today(), course)) {
                return null;
            }
            LocalDate now = schedule.dueDate() != null ? schedule.dueDate() : course.dueDate();
            return new Recalculation.Written(TaskSweep.AUDIT_OBJECT, course.taskId().toString(), course.dueDate(), now,
                    course.missingYear());
        });
    }

    private DueSchedule schedule(Course course, List<Pauses.Interval> intervals) {
        return Pauses.schedule(dueDates, TimeLimit.workingDays(course.days()), course.from(), intervals,
                course.state() == TaskState.SUSPENDED, null);
    }

    /**
     * Writes the task's new due data. A suspended task has no due date while its clock stands: it
     * keeps the one it had, and only its days change. An overdue mark stays while the new due date
     * has passed too (no second item for it), and is cleared otherwise: the sweeper raises it again
     * if the new date passes.
     *
     * @param expected the due data as read, which must not have changed meanwhile; {@code null} for
     *     changes made under the process's lock
     * @return whether the task was written
     */
    private boolean write(Course course, DueSchedule schedule, LocalDate today, Course expected) {
        String unchanged = expected == null ? "" : " and due_days = :expectedDays and due_missing_year = :expectedYear";
        if (schedule.dueDate() == null) {
            return jdbc.sql("update workflow.task set due_days = :days, due_missing_year = :year where id = :id"
                            + unchanged)
                    .param("days", course.days())
                    .param("year", schedule.missingYear())
                    .param("id", course.taskId())
                    .param("expectedDays", expected == null ? null : expected.days())
                    .param("expectedYear", expected == null ? null : expected.missingYear())
                    .update() == 1;
        }
        return jdbc.sql("""
                        update workflow.task set due_days = :days, due_date = :due, due_missing_year = :year,
                            overdue_at = case when :due::date >= :today::date then null else overdue_at end,
                            due_soon_at = case when :alert::timestamptz > :now then null else due_soon_at end,
                            alert_at = case when :due::date >= :today::date or overdue_at is null
                                            then :alert::timestamptz else null end
                        where id = :id""" + unchanged)
                .param("days", course.days())
                .param("due", Date.valueOf(schedule.dueDate()))
                .param("year", schedule.missingYear())
                .param("today", Date.valueOf(today))
                .param("alert", Timestamp.from(schedule.dueSoonAt()))
                .param("now", Timestamp.from(clock.instant()))
                .param("id", course.taskId())
                .param("expectedDays", expected == null ? null : expected.days())
                .param("expectedYear", expected == null ? null : expected.missingYear())
                .update() == 1;
    }

    private Map<UUID, List<Pauses.Interval>> pauses(List<Course> courses) {
        return Pauses.of(jdbc, "task_id", courses.stream().map(Course::taskId).toList());
    }

    private static Course course(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Course(rs.getObject("id", UUID.class), rs.getTimestamp("due_from").toInstant(),
                rs.getInt("due_days"), TaskState.valueOf(rs.getString("state")),
                rs.getDate("due_date").toLocalDate(), rs.getObject("due_missing_year", Integer.class));
    }

    private LocalDate today() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atZone(ChinaTime.ZONE).toLocalDate();
    }
}
