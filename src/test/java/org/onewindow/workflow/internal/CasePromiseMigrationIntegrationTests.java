package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.deadline.DeadlineState;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestDesk;
import org.onewindow.workflow.CasePromise;
import org.onewindow.workflow.CasePromises;
import org.onewindow.workflow.WorkflowDeadlines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V60_0_8 moves the cases' promised limits from {@code deadline.time_limit} into their process rows
 * (the running and paused ones of running cases, the completed ones of ended cases) and cancels every
 * active one: its data statements, run again on processes made to look as they did before it (their
 * promise only in the deadline module).
 */
@OneWindowIntegrationTest
class CasePromiseMigrationIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestDesk testDesk;
    @Autowired Deadlines deadlines;
    @Autowired CasePromises promises;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate jdbcTemplate;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void processesTakeTheirCaseLimitsWhichAreThenCancelledAndFinishedOnesStayReadable() throws IOException {
        String running = testDesk.acceptedJointCase(port).toString();
        String announced = testDesk.acceptedJointCase(port).toString();
        String overdue = testDesk.acceptedJointCase(port).toString();
        String paused = testDesk.acceptedJointCase(port).toString();
        String finished = testDesk.acceptedJointCase(port).toString();

        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate ahead = LocalDate.now(ChinaTime.ZONE).plusDays(7);
        LocalDate gone = LocalDate.now(ChinaTime.ZONE).minusDays(2);
        Instant dueSoonAt = ahead.minusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        asBeforeTheMigration(running, "RUNNING", now, 3, ahead, dueSoonAt, null, null, 2027);
        asBeforeTheMigration(announced, "RUNNING", now, 3, ahead, dueSoonAt, now, null, null);
        asBeforeTheMigration(overdue, "RUNNING", now.minus(9, ChronoUnit.DAYS), 3, gone, null, now, now, null);
        asBeforeTheMigration(paused, "PAUSED", now.minus(1, ChronoUnit.HOURS), 3, null, null, null, null, null);
        // Ended ten days after its one-day promise started, with its limit completed.
        Instant started = now.minus(10, ChronoUnit.DAYS);
        asBeforeTheMigration(finished, "COMPLETED", started, 1, gone, null, null, null, null);
        jdbc.sql("update workflow.process set state = 'COMPLETED', outcome = 'APPROVED', ended_at = :now"
                        + " where business_key = :key")
                .param("now", Timestamp.from(now)).param("key", finished).update();

        DueDateFixtures.migrationDataStatements("V60_0_8__case_promise.sql").forEach(jdbcTemplate::execute);

        assertThat(row(running)).isEqualTo(new Row(now, "WORKING_DAYS", 3, 2, ahead, dueSoonAt, 2027));
        assertThat(row(announced)).as("announced due soon: looked at again when its due date has passed")
                .isEqualTo(new Row(now, "WORKING_DAYS", 3, 2, ahead, passedAt(ahead), null));
        assertThat(row(overdue)).as("found overdue: its item is raised from the event on its way")
                .isEqualTo(new Row(now.minus(9, ChronoUnit.DAYS), "WORKING_DAYS", 3, 2, gone, null, null));
        assertThat(row(paused)).as("paused: counted again as it resumes")
                .isEqualTo(new Row(now.minus(1, ChronoUnit.HOURS), "WORKING_DAYS", 3, 2, null, null, null));
        assertThat(row(finished)).isEqualTo(new Row(started, "WORKING_DAYS", 1, 2, gone, null, null));
        assertThat(promises.promises(List.of(finished))).hasEntrySatisfying(finished, (CasePromise p) -> {
            assertThat(p.finished()).isTrue();
            assertThat(p.overdue()).as("finished long after its one day").isTrue();
            assertThat(p.extended()).isTrue();
            assertThat(p.daysUsed()).isGreaterThan(1 + 2);
        });
        assertThat(promises.promisedBy(running)).contains(ahead);

        for (String key : List.of(running, announced, overdue, paused)) {
            assertThat(deadlines.findAll(WorkflowDeadlines.CASE, List.of(key))).singleElement()
                    .satisfies(d -> assertThat(d.state()).isEqualTo(DeadlineState.CANCELLED));
        }
        assertThat(deadlines.findAll(WorkflowDeadlines.CASE, List.of(finished))).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DeadlineState.COMPLETED));
        assertThat(jdbc.sql("""
                        select count(*) from deadline.time_limit
                        where subject_type = 'case.promised' and state in ('RUNNING', 'PAUSED')""")
                .query(Long.class).single()).as("the deadline sweeper has no case limit left to act on").isZero();
    }

    /** The process as it was before V60_0_8: its promise in the deadline module, extended by 2 days. */
    private void asBeforeTheMigration(String key, String state, Instant startedAt, int amount, LocalDate dueDate,
            Instant dueSoonAt, Instant dueSoonNotifiedAt, Instant overdueNotifiedAt, Integer missingYear) {
        jdbc.sql("""
                        update workflow.process set promise_from = null, promise_unit = null, promise_days = null,
                            promise_extended_by = 0, promise_due_date = null, promise_alert_at = null,
                            promise_missing_year = null
                        where business_key = :key""")
                .param("key", key).update();
        jdbc.sql("""
                        insert into deadline.time_limit (id, subject_type, subject_key, unit, amount, extended_by,
                            extensions, state, started_at, paused_at, due_at, due_soon_at, due_soon_notified_at,
                            overdue_notified_at, provisional, missing_year, finished_at)
                        values (:id, 'case.promised', :key, 'WORKING_DAYS', :amount, 2, 1, :state, :started, :paused,
                            :due, :dueSoon, :soonNotified, :overdue, :provisional, :year, :finished)""")
                .param("id", UUID.randomUUID())
                .param("key", key)
                .param("amount", amount)
                .param("state", state)
                .param("started", Timestamp.from(startedAt))
                .param("paused", state.equals("PAUSED") ? Timestamp.from(startedAt.plusSeconds(60)) : null,
                        java.sql.Types.TIMESTAMP)
                .param("due", dueDate == null ? null : Timestamp.from(DueSchedule.endOf(dueDate)),
                        java.sql.Types.TIMESTAMP)
                .param("dueSoon", dueSoonAt == null ? null : Timestamp.from(dueSoonAt),
                        java.sql.Types.TIMESTAMP)
                .param("soonNotified", dueSoonNotifiedAt == null ? null : Timestamp.from(dueSoonNotifiedAt),
                        java.sql.Types.TIMESTAMP)
                .param("overdue", overdueNotifiedAt == null ? null : Timestamp.from(overdueNotifiedAt),
                        java.sql.Types.TIMESTAMP)
                .param("provisional", missingYear != null)
                .param("year", missingYear, java.sql.Types.INTEGER)
                .param("finished", state.equals("COMPLETED") ? Timestamp.from(Instant.now()) : null,
                        java.sql.Types.TIMESTAMP)
                .update();
    }

    private static Instant passedAt(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    private record Row(Instant from, String unit, Integer days, Integer extendedBy, LocalDate dueDate,
            Instant alertAt, Integer missingYear) {}

    private Row row(String key) {
        return jdbc.sql("""
                        select promise_from, promise_unit, promise_days, promise_extended_by, promise_due_date,
                               promise_alert_at, promise_missing_year
                        from workflow.process where business_key = :key""")
                .param("key", key)
                .query((rs, n) -> new Row(instant(rs.getTimestamp("promise_from")), rs.getString("promise_unit"),
                        rs.getObject("promise_days", Integer.class), rs.getInt("promise_extended_by"),
                        rs.getDate("promise_due_date") == null ? null : rs.getDate("promise_due_date").toLocalDate(),
                        instant(rs.getTimestamp("promise_alert_at")),
                        rs.getObject("promise_missing_year", Integer.class)))
                .single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
