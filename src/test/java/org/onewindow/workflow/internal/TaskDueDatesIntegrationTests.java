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
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.audit.AuditEvent;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.DueDates;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.deadline.ProvisionalDeadlines;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.platform.Zones;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.WorkingDayCalendar;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.workflow.InboxQuery;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.SuspensionKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskDueSoon;
import org.onewindow.workflow.TaskOverdue;
import org.onewindow.workflow.TaskSweeper;
import org.onewindow.workflow.TaskView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

/**
 * A task's due date is kept in its row alone: counted at its creation with the deadline module's
 * arithmetic, announced due soon and overdue by the workflow's sweeper, paused in whole working days
 * by a special procedure, extended, and recalculated when a missing holiday file arrives.
 */
@OneWindowIntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class TaskDueDatesIntegrationTests {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath();

    @LocalServerPort int port;
    @Autowired TestDesk testDesk;
    @Autowired TestApplications applications;
    @Autowired TaskDesk desk;
    @Autowired TaskSweep sweeper;
    @Autowired DueDates dueDates;
    @Autowired Deadlines deadlines;
    @Autowired ProvisionalDeadlines provisional;
    @Autowired OneWindowProperties platform;
    @Autowired DemoIdentityData directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Zones zones;
    @Autowired TestStaff staff;
    @Autowired Departments departments;

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
    void aNewTaskHasItsDueDateInItsRowAndNoLimitInTheDeadlineModule() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "tax");

        LocalDate created = branch.createdAt().atZone(ChinaTime.ZONE).toLocalDate();
        assertThat(branch.dueDate()).isEqualTo(CALENDAR.plusWorkingDays(created, 10));
        DueSchedule expected = dueDates.schedule(TimeLimit.workingDays(10), branch.createdAt(), List.of(), null);
        assertThat(row(branch.id()).alertAt()).as("first looked at when due soon (80 %% of the limit used)")
                .isEqualTo(expected.dueSoonAt());
        assertThat(row(branch.id()).days()).isEqualTo(10);
        assertThat(deadlines.find(DeadlineSubject.of("workflow.task", branch.id().toString()))).isEmpty();
    }

    @Test
    void theSweeperAnnouncesATaskDueSoonOnceThenOverdueOnceAndItsDepartmentGetsOneItem(
            AssertablePublishedEvents events) {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "psb");
        Instant dueSoonAt = row(branch.id()).alertAt();

        clock.advance(Duration.between(clock.instant(), dueSoonAt).plusMinutes(1));
        sweeper.sweep(7);
        sweeper.sweep(7);

        assertThat(events.ofType(TaskDueSoon.class).matching(TaskDueSoon::taskId, branch.id()::equals)).hasSize(1);
        assertThat(events.ofType(TaskOverdue.class).matching(TaskOverdue::taskId, branch.id()::equals)).isEmpty();
        assertThat(row(branch.id()).alertAt()).as("looked at again when the due date has passed")
                .isEqualTo(branch.dueDate().plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
        assertThat(desk.task(testDesk.officer("psb", Role.REVIEWER), branch.id()).overdue()).isFalse();

        clock.advance(Duration.between(clock.instant(), DueSchedule.endOf(branch.dueDate())).plusSeconds(1));
        sweeper.sweep(7);
        sweeper.sweep(7);

        assertThat(events.ofType(TaskDueSoon.class).matching(TaskDueSoon::taskId, branch.id()::equals)).hasSize(1);
        assertThat(events.ofType(TaskOverdue.class).matching(TaskOverdue::taskId, branch.id()::equals)).singleElement()
                .satisfies(e -> {
                    assertThat(e.dueDate()).isEqualTo(branch.dueDate());
                    assertThat(e.businessKey()).isEqualTo(key);
                });
        assertThat(row(branch.id()).alertAt()).as("no more looks until the due date moves").isNull();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(desk.task(testDesk.officer("psb", Role.REVIEWER), branch.id()).overdue()).isTrue();
            assertThat(jdbc.sql("select count(*) from workflow.supervision where task_id = :task")
                    .param("task", branch.id()).query(Long.class).single()).isEqualTo(1);
        });
        assertThat(jdbc.sql("select count(*) from audit.entry where event = :event and object_id = :task")
                .param("event", AuditEvent.DEADLINE_PASSED.name()).param("task", branch.id().toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * Past 80 % of its limit a task is marked due soon, once however often (and however many sweepers at
     * once) it is swept: the desk shows it red and lists it under "due soon", and its department is told once.
     */
    @Test
    void aTaskDueSoonIsMarkedOnceShownRedOnTheDeskAndItsDepartmentToldOnce() throws Exception {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "psb");
        OneWindowUser reviewer = testDesk.officer("psb", Role.REVIEWER);
        InboxQuery dueSoon = new InboxQuery(InboxQuery.View.DEPARTMENT, null, InboxQuery.Urgency.DUE_SOON,
                branch.dueDate().minusDays(1), LAST_ID, 100);
        assertThat(branch.dueSoon()).isFalse();
        assertThat(desk.inbox(reviewer, dueSoon)).extracting(TaskView::id).doesNotContain(branch.id());

        clock.advance(Duration.between(clock.instant(), row(branch.id()).alertAt()).plusMinutes(1));
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<TaskSweeper.SweepReport> a = pool.submit(() -> sweeper.sweep());
            Future<TaskSweeper.SweepReport> b = pool.submit(() -> sweeper.sweep());
            a.get();
            b.get();
        }
        Instant markedAt = dueSoonAt(branch.id());
        sweeper.sweep();

        assertThat(markedAt).isNotNull();
        assertThat(dueSoonAt(branch.id())).as("marked once").isEqualTo(markedAt);
        TaskView marked = desk.task(reviewer, branch.id());
        assertThat(marked.dueSoon()).isTrue();
        assertThat(marked.overdue()).isFalse();
        assertThat(desk.inbox(reviewer, dueSoon)).extracting(TaskView::id).contains(branch.id());

        String receipt = jdbc.sql("select receipt_number from casework.application where id = :id")
                .param("id", UUID.fromString(key)).query(String.class).single();
        Department psb = departments.byCode("psb").orElseThrow();
        WebClient office = new WebClient(zones.officePort());
        staff.logIn(office, staff.enrolled(psb.id(), psb.region().value(), Role.REVIEWER));
        String page = office.get("/office/desk?urgency=DUE_SOON&afterDue=" + branch.dueDate().minusDays(1)
                + "&afterId=" + LAST_ID).body();
        assertThat(Pattern.compile("<tr class=\"due-soon\">(?:(?!</tr>).)*" + Pattern.quote(receipt), Pattern.DOTALL)
                .matcher(page).find()).as("the row shown red").isTrue();

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select audience || ':' || coalesce(department_id::text, '') || ':' || body
                        from notification.office_message where ref like :ref order by audience""")
                .param("ref", "due-soon:" + branch.id() + ":%").query(String.class).list()).satisfiesExactly(
                        department -> assertThat(department).startsWith("DEPARTMENT:" + psb.id()).contains(receipt),
                        supervisors -> assertThat(supervisors).startsWith("SUPERVISORS::").contains(receipt)));
    }

    /** The greatest id: a keyset that starts with the tasks of the next due date. */
    private static final UUID LAST_ID = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");

    private Instant dueSoonAt(UUID taskId) {
        return jdbc.sql("select due_soon_at from workflow.task where id = :id").param("id", taskId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    @Test
    void suspendedCompletedAndCancelledTasksAreNotSwept(AssertablePublishedEvents events) {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView tax = testDesk.branchOf(key, "tax");
        TaskView amr = testDesk.branchOf(key, "amr");
        desk.act(testDesk.officer("tax", Role.REVIEWER), tax.id(), tax.version(),
                new TaskAction.Suspend(SuspensionKind.INSPECTION, "现场检查"));
        desk.act(testDesk.officer("amr", Role.REVIEWER), amr.id(), amr.version(), new TaskAction.Approve(null));

        clock.advance(Duration.ofDays(40));
        sweeper.sweep();

        assertThat(events.ofType(TaskOverdue.class).matching(e -> e.taskId().equals(tax.id())
                || e.taskId().equals(amr.id()))).isEmpty();
        List<UUID> stillOpen = testDesk.open(key, NodeKind.PARALLEL).stream().map(TaskView::id).toList();
        assertThat(stillOpen).isNotEmpty().doesNotContain(tax.id(), amr.id());
        assertThat(events.ofType(TaskOverdue.class).matching(TaskOverdue::businessKey, key::equals))
                .as("the other branches, still open, are overdue").extracting(TaskOverdue::taskId)
                .containsExactlyInAnyOrderElementsOf(stillOpen);
    }

    /**
     * An extension granted while the task is suspended is kept for its resume: the days left at the
     * pause, plus the extension, counted from the resume date.
     */
    @Test
    void aSuspendedTaskExtendedCountsTheDaysLeftAndTheExtensionFromItsResume() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "tax");
        OneWindowUser reviewer = testDesk.officer("tax", Role.REVIEWER);
        TaskView asked = desk.act(reviewer, branch.id(), branch.version(), new TaskAction.RequestExtension("检验检测"));
        TaskView suspended = desk.act(reviewer, branch.id(), asked.version(),
                new TaskAction.Suspend(SuspensionKind.EXPERT_REVIEW, "专家评审"));
        int daysLeft = CALENDAR.workingDaysBetween(today(), branch.dueDate());

        TaskView extended = desk.act(testDesk.officer("tax", Role.DEPARTMENT_HEAD), branch.id(), suspended.version(),
                new TaskAction.ApproveExtension(null));
        assertThat(extended.dueDate()).as("no due date moves while the clock stands").isEqualTo(branch.dueDate());
        assertThat(row(branch.id()).days()).isEqualTo(10 + 15);

        clock.advance(Duration.ofDays(3));
        TaskView resumed = desk.act(reviewer, branch.id(), extended.version(), new TaskAction.Resume(null));

        assertThat(resumed.dueDate()).isEqualTo(CALENDAR.plusWorkingDays(today(), daysLeft + 15));
    }

    @Test
    void aProvisionalDueDateIsRecalculatedWhenTheMissingHolidayFileArrives() throws IOException {
        int missingYear = CALENDAR.years().last() + 1;
        // Ten days before the year without a file: a 10-working-day step reaches into it.
        Instant start = LocalDate.of(missingYear - 1, 12, 21).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
        String key = applications.businessEstablishment(port).toString();
        clock.advance(Duration.between(clock.instant(), start));
        TaskView accept = testDesk.open(key, NodeKind.ACCEPT).getFirst();
        desk.act(testDesk.officer("amr", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        TaskView branch = testDesk.branchOf(key, "tax");
        LocalDate created = branch.createdAt().atZone(ChinaTime.ZONE).toLocalDate();

        assertThat(row(branch.id()).missingYear()).isEqualTo(missingYear);
        assertThat(provisional.missingYears()).contains(missingYear);
        assertThat(provisional.count()).isPositive();

        List<String> lines = List.of(missingYear + "-01-01 off 元旦", missingYear + "-01-04 off test holiday");
        holidayFile = DueDateFixtures.installHolidayFile(platform.dataDir(), missingYear, lines);
        int recalculated = provisional.reloadCalendarAndRecalculate();

        WorkingDayCalendar oracle = DueDateFixtures.calendarWith(missingYear, lines);
        TaskView exact = desk.task(testDesk.officer("tax", Role.REVIEWER), branch.id());
        assertThat(recalculated).isPositive();
        assertThat(exact.dueDate()).isEqualTo(oracle.plusWorkingDays(created, 10)).isAfter(branch.dueDate());
        assertThat(row(branch.id()).missingYear()).isNull();
        assertThat(jdbc.sql("select count(*) from audit.entry where event = :event and object_id = :task")
                .param("event", AuditEvent.DEADLINE_RECALCULATED.name()).param("task", branch.id().toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    private record Row(Integer days, Instant alertAt, Integer missingYear) {}

    private Row row(UUID taskId) {
        return jdbc.sql("select due_days, alert_at, due_missing_year from workflow.task where id = :id")
                .param("id", taskId)
                .query((rs, n) -> new Row(rs.getObject("due_days", Integer.class),
                        rs.getTimestamp("alert_at") == null ? null
                                : rs.getTimestamp("alert_at").toInstant().truncatedTo(ChronoUnit.MICROS),
                        rs.getObject("due_missing_year", Integer.class)))
                .single();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
