package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineState;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestDesk;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V60_0_6 moves the due data of unfinished tasks from their running or paused {@code workflow.task}
 * limits into the task rows and cancels those limits: its data statements, run again on tasks made
 * to look as they did before it (their due data only in a limit).
 */
@OneWindowIntegrationTest
class TaskDueDatesMigrationIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestDesk testDesk;
    @Autowired Deadlines deadlines;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate jdbcTemplate;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void openTasksTakeTheirDueDataFromTheirLimitsWhichAreThenCancelled() throws IOException {
        String key = testDesk.acceptedJointCase(port).toString();
        List<TaskView> branches = testDesk.open(key, NodeKind.PARALLEL);
        TaskView running = branches.get(0);
        TaskView paused = branches.get(1);
        TaskView overdue = branches.get(2);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant dueSoonAt = now.plus(5, ChronoUnit.DAYS);
        Instant noticedOverdue = now.minus(1, ChronoUnit.HOURS);
        asBeforeTheMigration(running, "RUNNING", 10, 5, now.plus(8, ChronoUnit.DAYS), dueSoonAt, null, null);
        asBeforeTheMigration(paused, "PAUSED", 10, 0, null, null, now.minus(2, ChronoUnit.DAYS), null);
        asBeforeTheMigration(overdue, "RUNNING", 10, 0, now.minus(2, ChronoUnit.DAYS), now.minus(4, ChronoUnit.DAYS),
                null, noticedOverdue);

        DueDateFixtures.migrationDataStatements("V60_0_6__task_due_dates.sql").forEach(jdbcTemplate::execute);

        assertThat(row(running.id())).isEqualTo(new Row(15, dueSoonAt, null));
        assertThat(row(paused.id())).as("a paused task is looked at again when it resumes")
                .isEqualTo(new Row(10, null, null));
        assertThat(row(overdue.id())).as("found overdue: marked, and not looked at again")
                .isEqualTo(new Row(10, null, noticedOverdue));
        for (TaskView task : List.of(running, paused, overdue)) {
            Deadline limit = deadlines.find(DeadlineSubject.of("workflow.task", task.id().toString())).orElseThrow();
            assertThat(limit.state()).isEqualTo(DeadlineState.CANCELLED);
            assertThat(limit.finishedAt()).isNotNull();
        }
        assertThat(jdbc.sql("""
                        select count(*) from deadline.time_limit
                        where subject_type = 'workflow.task' and state in ('RUNNING', 'PAUSED')""")
                .query(Long.class).single()).as("the deadline sweeper has no task limit left to act on").isZero();
    }

    /** The task as it was before V60_0_6: its due data in a limit of the deadline module. */
    private void asBeforeTheMigration(TaskView task, String state, int amount, int extendedBy, Instant dueAt,
            Instant dueSoonAt, Instant pausedAt, Instant overdueNotifiedAt) {
        jdbc.sql("update workflow.task set due_days = null, alert_at = null, due_missing_year = null where id = :id")
                .param("id", task.id()).update();
        jdbc.sql("""
                        insert into deadline.time_limit (id, subject_type, subject_key, unit, amount, extended_by, state,
                            started_at, paused_at, due_at, due_soon_at, overdue_notified_at, due_soon_notified_at)
                        values (:id, 'workflow.task', :key, 'WORKING_DAYS', :amount, :extendedBy, :state, :started,
                            :paused, :due, :dueSoon, :overdue, :overdue)""")
                .param("id", UUID.randomUUID())
                .param("key", task.id().toString())
                .param("amount", amount)
                .param("extendedBy", extendedBy)
                .param("state", state)
                .param("started", Timestamp.from(task.createdAt()))
                .param("paused", timestamp(pausedAt))
                .param("due", timestamp(dueAt))
                .param("dueSoon", timestamp(dueSoonAt))
                .param("overdue", timestamp(overdueNotifiedAt))
                .update();
    }

    private record Row(Integer days, Instant alertAt, Instant overdueAt) {}

    private Row row(UUID taskId) {
        return jdbc.sql("select due_days, alert_at, overdue_at from workflow.task where id = :id")
                .param("id", taskId)
                .query((rs, n) -> new Row(rs.getObject("due_days", Integer.class), instant(rs.getTimestamp("alert_at")),
                        instant(rs.getTimestamp("overdue_at"))))
                .single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
