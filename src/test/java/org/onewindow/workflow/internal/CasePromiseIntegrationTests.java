package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.DueDates;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.deadline.ProvisionalDeadlines;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.WorkingDayCalendar;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.onewindow.workflow.CaseAccepted;
import org.onewindow.workflow.CaseDueSoon;
import org.onewindow.workflow.CaseOverdue;
import org.onewindow.workflow.CasePromise;
import org.onewindow.workflow.CasePromises;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.WorkflowDeadlines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

/**
 * The case's promised limit is kept in its process row: started by the acceptance's move, announced
 * due soon and overdue by the workflow's sweeper, finished by the move that ends the case (extension
 * and special procedures: {@code ExtensionIntegrationTests}, {@code SuspensionIntegrationTests}), and
 * recalculated when a missing holiday file arrives.
 */
@OneWindowIntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class CasePromiseIntegrationTests {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath();

    @LocalServerPort int port;
    @Autowired TestDesk testDesk;
    @Autowired TestApplications applications;
    @Autowired TaskDesk desk;
    @Autowired TaskSweep sweeper;
    @Autowired CasePromises promises;
    @Autowired DueDates dueDates;
    @Autowired Deadlines deadlines;
    @Autowired ProvisionalDeadlines provisional;
    @Autowired OneWindowProperties platform;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    private Path holidayFile;

    @AfterEach
    void resetClockAndCalendar() throws IOException {
        clock.reset();
        DueDateFixtures.removeHolidayFile(holidayFile, provisional);
    }

    /** business-establishment promises 1 working day from acceptance. */
    @Test
    void theAcceptanceStartsThePromiseInTheProcessRowWithTheItemsLimit(AssertablePublishedEvents events) {
        String key = applications.businessEstablishment(port).toString();
        TaskView accept = testDesk.open(key, NodeKind.ACCEPT).getFirst();
        desk.act(testDesk.officer("amr", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));

        Row row = row(key);
        LocalDate acceptedOn = row.from().atZone(ChinaTime.ZONE).toLocalDate();
        assertThat(row.from()).isBetween(accept.createdAt(), clock.instant());
        assertThat(row.unit()).isEqualTo("WORKING_DAYS");
        assertThat(row.days()).isEqualTo(1);
        assertThat(row.dueDate()).isEqualTo(CALENDAR.plusWorkingDays(acceptedOn, 1));
        assertThat(row.alertAt()).as("first looked at when due soon")
                .isEqualTo(dueDates.schedule(TimeLimit.workingDays(1), row.from(), List.of(), null).dueSoonAt()
                        .truncatedTo(ChronoUnit.MICROS));
        assertThat(events.ofType(CaseAccepted.class).matching(CaseAccepted::businessKey, key::equals))
                .singleElement().satisfies(e -> assertThat(e.promisedBy()).isEqualTo(row.dueDate()));
        assertThat(promises.promisedBy(key)).contains(row.dueDate());
        assertThat(deadlines.find(DeadlineSubject.of(WorkflowDeadlines.CASE, key)))
                .as("no limit in the deadline module").isEmpty();
    }

    @Test
    void aCaseNotAcceptedHasNoPromise() {
        String key = applications.businessEstablishment(port).toString();
        TaskView accept = testDesk.open(key, NodeKind.ACCEPT).getFirst();
        desk.act(testDesk.officer("amr", Role.WINDOW_CLERK), accept.id(), accept.version(),
                new TaskAction.RefuseToAccept("不属于本部门职权范围"));

        assertThat(promises.promisedBy(key)).isEmpty();
        assertThat(promises.promises(List.of(key))).isEmpty();
    }

    @Test
    void theSweeperAnnouncesThePromiseDueSoonOnceThenOverdueOnce(AssertablePublishedEvents events) {
        String key = testDesk.acceptedJointCase(port).toString();
        Row row = row(key);

        advanceTo(row.alertAt().plusSeconds(60));
        sweeper.sweep(7);
        sweeper.sweep(7);

        assertThat(events.ofType(CaseDueSoon.class).matching(CaseDueSoon::businessKey, key::equals)).singleElement()
                .satisfies(e -> assertThat(e.dueDate()).isEqualTo(row.dueDate()));
        assertThat(events.ofType(CaseOverdue.class).matching(CaseOverdue::businessKey, key::equals)).isEmpty();
        assertThat(row(key).alertAt()).as("looked at again when the due date has passed")
                .isEqualTo(row.dueDate().plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());

        advanceTo(DueSchedule.endOf(row.dueDate()).plusSeconds(1));
        sweeper.sweep(7);
        sweeper.sweep(7);

        assertThat(events.ofType(CaseDueSoon.class).matching(CaseDueSoon::businessKey, key::equals)).hasSize(1);
        assertThat(events.ofType(CaseOverdue.class).matching(CaseOverdue::businessKey, key::equals)).singleElement()
                .satisfies(e -> {
                    assertThat(e.dueDate()).isEqualTo(row.dueDate());
                    assertThat(e.dueAt()).isEqualTo(DueSchedule.endOf(row.dueDate()));
                });
        assertThat(row(key).alertAt()).as("no more looks until the due date moves").isNull();
        assertThat(promises.promises(List.of(key))).hasEntrySatisfying(key, p -> {
            assertThat(p.overdue()).isTrue();
            assertThat(p.finished()).isFalse();
        });
    }

    /** The decision's move finishes the promise: on time when decided within it, late when after it. */
    @Test
    void theDecisionFinishesThePromiseOnTimeOrLate() {
        String onTime = testDesk.acceptedJointCase(port).toString();
        decide(onTime);

        assertThat(promises.promises(List.of(onTime))).hasEntrySatisfying(onTime, (CasePromise p) -> {
            assertThat(p.finished()).isTrue();
            assertThat(p.overdue()).isFalse();
            assertThat(p.daysUsed()).as("decided on the day of its acceptance").isZero();
        });
        assertThat(row(onTime).alertAt()).as("the sweeper no longer looks at it").isNull();

        String late = testDesk.acceptedJointCase(port).toString();
        LocalDate due = row(late).dueDate();
        advanceTo(DueSchedule.endOf(CALENDAR.plusWorkingDays(due, 2)).minusSeconds(3600));
        decide(late);

        assertThat(promises.promises(List.of(late))).hasEntrySatisfying(late, (CasePromise p) -> {
            assertThat(p.finished()).isTrue();
            assertThat(p.overdue()).isTrue();
            assertThat(p.dueDate()).isEqualTo(due);
            assertThat(p.daysUsed()).as("two working days after its one day").isEqualTo(1 + 2);
        });
        assertThat(row(late).alertAt()).isNull();
    }

    @Test
    void aProvisionalPromisedDateIsRecalculatedWhenTheMissingHolidayFileArrives() throws IOException {
        int missingYear = CALENDAR.years().last() + 1;
        // Accepted on the last day of the last year with a file: its one working day reaches into the next.
        Instant start = LocalDate.of(missingYear - 1, 12, 31).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
        String key = applications.businessEstablishment(port).toString();
        advanceTo(start);
        TaskView accept = testDesk.open(key, NodeKind.ACCEPT).getFirst();
        desk.act(testDesk.officer("amr", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        LocalDate provisionalDate = row(key).dueDate();
        assertThat(missingYear(key)).as("%s accepted at %s", row(key), clock.instant()).isEqualTo(missingYear);
        assertThat(provisional.missingYears()).contains(missingYear);

        List<String> lines = java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(day -> missingYear + "-01-0" + day + " off test holiday").toList();
        holidayFile = DueDateFixtures.installHolidayFile(platform.dataDir(), missingYear, lines);
        int recalculated = provisional.reloadCalendarAndRecalculate();

        WorkingDayCalendar oracle = DueDateFixtures.calendarWith(missingYear, lines);
        Row exact = row(key);
        assertThat(recalculated).isPositive();
        assertThat(exact.dueDate()).isEqualTo(oracle.plusWorkingDays(start.atZone(ChinaTime.ZONE).toLocalDate(), 1))
                .isAfter(provisionalDate);
        assertThat(missingYear(key)).isNull();
        assertThat(promises.promisedBy(key)).contains(exact.dueDate());
        assertThat(jdbc.sql("select count(*) from audit.entry where event = 'DEADLINE_RECALCULATED'"
                        + " and object_type = :type and object_id = :key")
                .param("type", WorkflowDeadlines.CASE).param("key", key).query(Long.class).single()).isEqualTo(1);
    }

    private Integer missingYear(String key) {
        return jdbc.sql("select promise_missing_year from workflow.process where business_key = :key")
                .param("key", key).query((rs, n) -> rs.getObject(1, Integer.class)).list().getFirst();
    }

    private void decide(String key) {
        for (TaskView branch : testDesk.open(key, NodeKind.PARALLEL)) {
            String code = departments.byId(branch.departmentId()).orElseThrow().code();
            desk.act(testDesk.officer(code, Role.REVIEWER), branch.id(), branch.version(), new TaskAction.Approve(null));
        }
        TaskView decide = testDesk.open(key, NodeKind.DECIDE).getFirst();
        desk.act(testDesk.officer("amr", Role.APPROVER), decide.id(), decide.version(), new TaskAction.Approve("准予"));
    }

    /** Moves the shared clock forward to {@code at}, never back. */
    private void advanceTo(Instant at) {
        Duration ahead = Duration.between(clock.instant(), at);
        if (ahead.isPositive()) {
            clock.advance(ahead);
        }
    }

    private record Row(Instant from, String unit, Integer days, LocalDate dueDate, Instant alertAt) {}

    private Row row(String key) {
        return jdbc.sql("""
                        select promise_from, promise_unit, promise_days, promise_due_date, promise_alert_at
                        from workflow.process where business_key = :key""")
                .param("key", key)
                .query((rs, n) -> new Row(instant(rs.getTimestamp("promise_from")), rs.getString("promise_unit"),
                        rs.getObject("promise_days", Integer.class),
                        rs.getDate("promise_due_date") == null ? null : rs.getDate("promise_due_date").toLocalDate(),
                        instant(rs.getTimestamp("promise_alert_at"))))
                .single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
