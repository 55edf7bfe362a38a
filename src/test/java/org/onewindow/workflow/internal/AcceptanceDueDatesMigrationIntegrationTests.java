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
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V60_0_7 moves the running acceptance limits of processes still waiting for acceptance from
 * {@code deadline.time_limit} into their process rows and cancels every active acceptance limit: its
 * data statements, run again on processes made to look as they did before it (their acceptance limit
 * only in the deadline module).
 */
@OneWindowIntegrationTest
class AcceptanceDueDatesMigrationIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TestDesk testDesk;
    @Autowired TaskDesk desk;
    @Autowired Workflows workflows;
    @Autowired Deadlines deadlines;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate jdbcTemplate;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void waitingProcessesTakeTheirRunningAcceptanceLimitsWhichAreThenCancelled() throws IOException {
        String waiting = applications.unemploymentRegistration(port).toString();
        String passed = applications.unemploymentRegistration(port).toString();
        String corrected = applications.unemploymentRegistration(port).toString();
        String accepted = applications.unemploymentRegistration(port).toString();
        TaskView accept = testDesk.open(corrected, NodeKind.ACCEPT).getFirst();
        desk.act(testDesk.officer("hrss", Role.WINDOW_CLERK), accept.id(), accept.version(),
                new TaskAction.RequestCorrection(List.of("离职证明")));
        workflows.correctionSubmitted(corrected);
        TaskView acceptNow = testDesk.open(accepted, NodeKind.ACCEPT).getFirst();
        desk.act(testDesk.officer("hrss", Role.WINDOW_CLERK), acceptNow.id(), acceptNow.version(),
                new TaskAction.Accept(null));

        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate ahead = LocalDate.now(ChinaTime.ZONE).plusDays(7);
        LocalDate gone = LocalDate.now(ChinaTime.ZONE).minusDays(2);
        asBeforeTheMigration(waiting, "workflow.acceptance", now, ahead, null, 2027);
        asBeforeTheMigration(passed, "workflow.acceptance", now.minus(9, ChronoUnit.DAYS), gone,
                now.minus(1, ChronoUnit.DAYS), null);
        // the first limit, completed by the correction request, and the one from the resubmission
        asBeforeTheMigration(corrected, "workflow.acceptance", now.minus(1, ChronoUnit.DAYS), ahead, null, null);
        jdbc.sql("update deadline.time_limit set state = 'COMPLETED', finished_at = now() where subject_key = :key")
                .param("key", corrected).update();
        asBeforeTheMigration(corrected, "workflow.acceptance.after-correction", now, ahead.plusDays(1), null, null);
        // accepted after a correction, its after-correction limit left running (as a withdrawal left it)
        asBeforeTheMigration(accepted, "workflow.acceptance.after-correction", now, ahead, null, null);

        DueDateFixtures.migrationDataStatements("V60_0_7__acceptance_due_dates.sql").forEach(jdbcTemplate::execute);

        assertThat(row(waiting)).isEqualTo(new Row(now, 5, ahead, passedAt(ahead), 2027));
        assertThat(row(passed)).as("passed and not yet deemed: the sweeper takes it at once")
                .isEqualTo(new Row(now.minus(9, ChronoUnit.DAYS), 5, gone, passedAt(gone), null));
        assertThat(row(corrected)).as("the limit from the resubmission")
                .isEqualTo(new Row(now, 5, ahead.plusDays(1), passedAt(ahead.plusDays(1)), null));
        assertThat(row(accepted)).as("accepted: no limit").isEqualTo(new Row(null, null, null, null, null));
        for (String key : List.of(waiting, passed, corrected, accepted)) {
            assertThat(deadlines.findAll("workflow.acceptance", List.of(key)))
                    .allSatisfy(d -> assertThat(d.state().isActive()).isFalse());
            assertThat(deadlines.findAll("workflow.acceptance.after-correction", List.of(key)))
                    .allSatisfy(d -> assertThat(d.state().isActive()).isFalse());
        }
        assertThat(deadlines.findAll("workflow.acceptance", List.of(waiting))).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DeadlineState.CANCELLED));
        assertThat(jdbc.sql("""
                        select count(*) from deadline.time_limit
                        where subject_type in ('workflow.acceptance', 'workflow.acceptance.after-correction')
                          and state in ('RUNNING', 'PAUSED')""")
                .query(Long.class).single()).as("the deadline sweeper has no acceptance limit left to act on").isZero();
    }

    /** The process as it was before V60_0_7: its acceptance limit in the deadline module. */
    private void asBeforeTheMigration(String key, String type, Instant startedAt, LocalDate dueDate,
            Instant overdueNotifiedAt, Integer missingYear) {
        jdbc.sql("""
                        update workflow.process set acceptance_from = null, acceptance_days = null,
                            acceptance_due_date = null, acceptance_alert_at = null, acceptance_missing_year = null
                        where business_key = :key""")
                .param("key", key).update();
        jdbc.sql("""
                        insert into deadline.time_limit (id, subject_type, subject_key, unit, amount, state, started_at,
                            due_at, due_soon_at, overdue_notified_at, due_soon_notified_at, provisional, missing_year)
                        values (:id, :type, :key, 'WORKING_DAYS', 5, 'RUNNING', :started, :due, :due, :overdue,
                            :overdue, :provisional, :year)""")
                .param("id", UUID.randomUUID())
                .param("type", type)
                .param("key", key)
                .param("started", Timestamp.from(startedAt))
                .param("due", Timestamp.from(DueSchedule.endOf(dueDate)))
                .param("overdue", overdueNotifiedAt == null ? null : Timestamp.from(overdueNotifiedAt))
                .param("provisional", missingYear != null)
                .param("year", missingYear, java.sql.Types.INTEGER)
                .update();
    }

    private static Instant passedAt(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    private record Row(Instant from, Integer days, LocalDate dueDate, Instant alertAt, Integer missingYear) {}

    private Row row(String key) {
        return jdbc.sql("""
                        select acceptance_from, acceptance_days, acceptance_due_date, acceptance_alert_at,
                               acceptance_missing_year
                        from workflow.process where business_key = :key""")
                .param("key", key)
                .query((rs, n) -> new Row(instant(rs.getTimestamp("acceptance_from")),
                        rs.getObject("acceptance_days", Integer.class),
                        rs.getDate("acceptance_due_date") == null ? null : rs.getDate("acceptance_due_date").toLocalDate(),
                        instant(rs.getTimestamp("acceptance_alert_at")),
                        rs.getObject("acceptance_missing_year", Integer.class)))
                .single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
