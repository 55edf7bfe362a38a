package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.audit.AuditEvent;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.ProvisionalDeadlines;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.WorkingDayCalendar;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.onewindow.workflow.CaseAccepted;
import org.onewindow.workflow.HistoryView;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.Supervision;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskState;
import org.onewindow.workflow.TaskSweeper;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

/**
 * The acceptance limit (5 working days from submission, 行政许可法 Art. 32) kept in the process row
 * and swept by the workflow's sweeper: the case is deemed accepted once it passes.
 */
@OneWindowIntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class AcceptanceLimitIntegrationTests {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath();

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TestDesk testDesk;
    @Autowired TaskDesk desk;
    @Autowired Workflows workflows;
    @Autowired TaskSweeper sweeper;
    @Autowired Deadlines deadlines;
    @Autowired ProvisionalDeadlines provisional;
    @Autowired OneWindowProperties platform;
    @Autowired DemoIdentityData directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Supervision supervision;

    private Path holidayFile;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @AfterEach
    void resetClockAndCalendar() throws IOException {
        clock.reset();
        DueDateFixtures.removeHolidayFile(holidayFile, provisional);
    }

    @Test
    void aNewCaseHasItsAcceptanceLimitInItsRowAndNoLimitInTheDeadlineModule() {
        String key = applications.unemploymentRegistration(port).toString();
        Instant submitted = jdbc.sql("select submitted_at from workflow.process where business_key = :key")
                .param("key", key).query(Timestamp.class).single().toInstant();
        LocalDate due = CALENDAR.plusWorkingDays(submitted.atZone(ChinaTime.ZONE).toLocalDate(), 5);

        assertThat(row(key)).isEqualTo(new Row(submitted, 5, due, due.plusDays(1).atStartOfDay(ChinaTime.ZONE)
                .toInstant(), null));
        assertThat(deadlines.findAll("workflow.acceptance", List.of(key))).isEmpty();

        TaskView accept = testDesk.open(key, NodeKind.ACCEPT).getFirst();
        desk.act(testDesk.officer("hrss", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        assertThat(row(key).alertAt()).as("accepted: the sweeper no longer looks at it").isNull();
        assertThat(row(key).dueDate()).as("the due date stays as history").isEqualTo(due);
    }

    @Test
    void aPassedAcceptanceLimitIsDeemedAcceptedOnceByTwoSweepersAtOnce() throws Exception {
        String key = applications.unemploymentRegistration(port).toString();
        String accepted = applications.unemploymentRegistration(port).toString();
        TaskView accept = testDesk.open(accepted, NodeKind.ACCEPT).getFirst();
        desk.act(testDesk.officer("hrss", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        clock.advance(Duration.ofDays(4));
        sweeper.sweep();
        assertThat(history(key)).as("not yet passed").doesNotContain("DEEMED_ACCEPTED");
        passAcceptanceLimitOf(key);

        List<TaskSweeper.SweepReport> reports = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<TaskSweeper.SweepReport> a = pool.submit(sweeper::sweep);
            Future<TaskSweeper.SweepReport> b = pool.submit(sweeper::sweep);
            reports.add(a.get());
            reports.add(b.get());
        }
        reports.add(sweeper.sweep());

        assertThat(reports.stream().mapToInt(TaskSweeper.SweepReport::deemedAccepted).sum()).isPositive();
        assertThat(history(key)).containsOnlyOnce("DEEMED_ACCEPTED");
        assertThat(jdbc.sql("""
                        select count(*) from audit.entry
                        where event = :event and object_type = 'case' and object_id = :key""")
                .param("event", AuditEvent.WORKFLOW_ACTION.name()).param("key", key).query(Long.class).single())
                .isEqualTo(1);
        assertThat(workflows.tasksOf(key)).filteredOn(t -> t.kind() == NodeKind.REVIEW).singleElement()
                .satisfies(t -> assertThat(t.state()).isEqualTo(TaskState.OPEN));
        assertThat(workflows.tasksOf(key)).filteredOn(t -> t.kind() == NodeKind.ACCEPT).singleElement()
                .satisfies(t -> assertThat(t.outcome()).isEqualTo("DEEMED_ACCEPTED"));
        assertThat(status(key)).isEqualTo("ACCEPTED");
        assertThat(row(key).alertAt()).isNull();
        assertThat(history(accepted)).as("accepted in time").doesNotContain("DEEMED_ACCEPTED");
    }

    /**
     * A deemed acceptance flags the accepting department (STANDARDS.md): one supervision item on its desk
     * and one office message to it and one to the supervisors, however often the case is swept.
     */
    @Test
    void aDeemedAcceptanceFlagsTheAcceptingDepartmentOnce() throws Exception {
        String key = applications.unemploymentRegistration(port).toString();
        passAcceptanceLimitOf(key);
        // The desk lists a department's 100 newest open notices; other tests, their clocks moved further, left
        // hrss notices issued "later" than this one: they are acknowledged first, so that this one is listed.
        jdbc.sql("""
                update workflow.supervision set acknowledged_at = now()
                where acknowledged_at is null and department_id = (select process_department from (
                    select t.department_id as process_department from workflow.task t
                    join workflow.process p on p.id = t.process_id
                    where p.business_key = :key and t.node_kind = 'ACCEPT') accept)""")
                .param("key", key).update();

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<TaskSweeper.SweepReport> a = pool.submit(sweeper::sweep);
            Future<TaskSweeper.SweepReport> b = pool.submit(sweeper::sweep);
            a.get();
            b.get();
        }
        sweeper.sweep();

        assertThat(history(key)).containsOnlyOnce("DEEMED_ACCEPTED");
        assertThat(supervisionItems(key, SupervisionDesk.DEEMED_ACCEPTED)).isEqualTo(1);
        OneWindowUser clerk = testDesk.officer("hrss", Role.WINDOW_CLERK);
        assertThat(supervision.notices(clerk)).filteredOn(n -> n.businessKey().equals(key)).singleElement()
                .satisfies(n -> assertThat(n.source()).isEqualTo(SupervisionDesk.DEEMED_ACCEPTED));
        assertThat(supervision.notices(testDesk.officer("amr", Role.WINDOW_CLERK)))
                .noneMatch(n -> n.businessKey().equals(key));
        UUID item = jdbc.sql("select s.id from workflow.supervision s join workflow.process p on p.id = s.process_id"
                        + " where p.business_key = :key and s.source = 'DEEMED_ACCEPTED'")
                .param("key", key).query(UUID.class).single();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select audience || ':' || title from notification.office_message
                        where ref like :ref order by audience""")
                .param("ref", "supervision:" + item + ":%").query(String.class).list())
                .satisfiesExactly(
                        department -> assertThat(department).startsWith("DEPARTMENT:视为受理督办："),
                        supervisors -> assertThat(supervisors).startsWith("SUPERVISORS:视为受理督办：")));
    }

    @Test
    void theDeemedAcceptancePublishesCaseAcceptedDeemed(AssertablePublishedEvents events) {
        String key = applications.unemploymentRegistration(port).toString();
        passAcceptanceLimitOf(key);

        sweeper.sweep();

        assertThat(events.ofType(CaseAccepted.class).matching(CaseAccepted::businessKey, key::equals)).singleElement()
                .satisfies(e -> assertThat(e.deemed()).isTrue());
    }

    /**
     * A correction request stops the clock; the resubmission starts 5 working days again, for the
     * process's limit and the reopened acceptance task alike, and their passing deems the case accepted
     * (Art. 32, from the day the corrected application was received).
     */
    @Test
    void aCorrectionStopsTheLimitAndTheResubmissionStartsANewOneWhosePassingDeemsTheCaseAccepted() {
        String key = applications.unemploymentRegistration(port).toString();
        OneWindowUser clerk = testDesk.officer("hrss", Role.WINDOW_CLERK);
        TaskView accept = testDesk.open(key, NodeKind.ACCEPT).getFirst();
        desk.act(clerk, accept.id(), accept.version(), new TaskAction.RequestCorrection(List.of("离职证明")));
        assertThat(row(key).alertAt()).isNull();

        clock.advance(Duration.ofDays(20));
        sweeper.sweep();
        assertThat(history(key)).as("waiting for the applicant: nothing to deem").doesNotContain("DEEMED_ACCEPTED");
        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);
        workflows.correctionSubmitted(key);
        Instant resubmitted = row(key).from();
        assertThat(resubmitted).isBetween(before, clock.instant());
        LocalDate due = CALENDAR.plusWorkingDays(resubmitted.atZone(ChinaTime.ZONE).toLocalDate(), 5);
        assertThat(row(key)).isEqualTo(new Row(resubmitted, 5, due,
                due.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant(), null));

        sweeper.sweep();
        TaskView reopened = desk.task(clerk, accept.id());
        assertThat(reopened.state()).isEqualTo(TaskState.OPEN);
        assertThat(reopened.dueDate()).as("5 working days from the resubmission, not from the submission")
                .isEqualTo(due);
        assertThat(reopened.overdue()).as("the applicant's 20 days are not the department's delay").isFalse();
        assertThat(supervisionItems(key, "OVERDUE")).isZero();

        passAcceptanceLimitOf(key);
        sweeper.sweep();
        assertThat(history(key)).containsOnlyOnce("DEEMED_ACCEPTED");
        assertThat(workflows.tasksOf(key)).filteredOn(t -> t.kind() == NodeKind.ACCEPT).singleElement()
                .satisfies(t -> assertThat(t.outcome()).isEqualTo("DEEMED_ACCEPTED"));
        assertThat(workflows.tasksOf(key)).filteredOn(t -> t.kind() == NodeKind.REVIEW).singleElement()
                .satisfies(t -> assertThat(t.state()).isEqualTo(TaskState.OPEN));
        assertThat(status(key)).isEqualTo("ACCEPTED");
        assertThat(row(key).alertAt()).isNull();
        assertThat(supervisionItems(key, SupervisionDesk.DEEMED_ACCEPTED)).as("the department flagged").isEqualTo(1);
    }

    @Test
    void aProvisionalAcceptanceDueDateIsRecalculatedWhenTheMissingHolidayFileArrives() throws IOException {
        int missingYear = CALENDAR.years().last() + 1;
        // Submitted two days before the year without a file: the 5 working days reach into it.
        Instant submitted = LocalDate.of(missingYear - 1, 12, 29).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
        String key = UUID.randomUUID().toString();
        workflows.start(key, "unemployment-registration", DivisionCode.parse("350102"), submitted);
        Row before = row(key);
        assertThat(before.missingYear()).isEqualTo(missingYear);
        assertThat(provisional.missingYears()).contains(missingYear);

        List<String> lines = List.of(missingYear + "-01-01 off 元旦", missingYear + "-01-04 off test holiday",
                missingYear + "-01-05 off test holiday");
        holidayFile = DueDateFixtures.installHolidayFile(platform.dataDir(), missingYear, lines);
        provisional.reloadCalendarAndRecalculate();

        WorkingDayCalendar oracle = DueDateFixtures.calendarWith(missingYear, lines);
        LocalDate exact = oracle.plusWorkingDays(LocalDate.of(missingYear - 1, 12, 29), 5);
        assertThat(exact).isAfter(before.dueDate());
        assertThat(row(key)).isEqualTo(new Row(submitted, 5, exact,
                exact.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant(), null));
        assertThat(jdbc.sql("""
                        select count(*) from audit.entry
                        where event = :event and object_type = 'workflow.acceptance' and object_id = :key""")
                .param("event", AuditEvent.DEADLINE_RECALCULATED.name()).param("key", key).query(Long.class).single())
                .isEqualTo(1);
        // A process without a case: withdrawn, so that no later sweep deems it.
        workflows.terminate(key, "测试结束");
        assertThat(row(key).alertAt()).isNull();
    }

    /**
     * Moves the clock just past the moment the case's acceptance limit has passed: the tests share one
     * clock, which earlier tests have moved on, so the holidays between now and then are not known here.
     */
    private void passAcceptanceLimitOf(String key) {
        Duration toAlert = Duration.between(clock.instant(), row(key).alertAt());
        if (!toAlert.isNegative()) {
            clock.advance(toAlert.plusMinutes(1));
        }
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

    private long supervisionItems(String key, String source) {
        return jdbc.sql("""
                        select count(*) from workflow.supervision s join workflow.process p on p.id = s.process_id
                        where p.business_key = :key and s.source = :source""")
                .param("key", key).param("source", source).query(Long.class).single();
    }

    private List<String> history(String key) {
        return workflows.history(key).stream().map(HistoryView::action).toList();
    }

    private String status(String key) {
        return jdbc.sql("select status from casework.application where id = :id").param("id", UUID.fromString(key))
                .query(String.class).single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
