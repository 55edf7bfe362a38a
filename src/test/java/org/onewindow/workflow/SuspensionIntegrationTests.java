package org.onewindow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.onewindow.identity.Departments;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.WorkingDayCalendar;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class SuspensionIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TaskDesk desk;
    @Autowired TestDesk testDesk;
    @Autowired Workflows workflows;
    @Autowired Departments departments;
    @Autowired Deadlines deadlines;
    @Autowired CasePromises promises;
    @Autowired DemoIdentityData directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aHearingStopsTheCaseAndTaskClocksAndTheDaysLeftCountAgainFromTheResume() {
        UUID caseId = testDesk.acceptedJointCase(port);
        String key = caseId.toString();
        TaskView branch = testDesk.branchOf(key, "tax");
        OneWindowUser reviewer = testDesk.officer("tax", Role.REVIEWER);

        TaskView suspended = desk.act(reviewer, branch.id(), branch.version(),
                new TaskAction.Suspend(SuspensionKind.HEARING, "申请人要求听证"));

        assertThat(suspended.state()).isEqualTo(TaskState.SUSPENDED);
        CasePromise casePaused = promise(key);
        assertThat(casePaused.paused()).isTrue();
        assertThat(casePaused.dueDate()).as("a paused promise shows the date it had").isNotNull();
        assertThat(alerted(key)).as("the sweeper does not look at a paused promise").isFalse();
        int caseDaysLeft = CALENDAR.workingDaysBetween(today(), casePaused.dueDate());
        assertThat(suspended.dueDate()).as("a suspended task shows the due date it had").isEqualTo(branch.dueDate());
        LocalDate pausedOn = today();
        int taskDaysLeft = CALENDAR.workingDaysBetween(pausedOn, branch.dueDate());
        assertThat(desk.inbox(reviewer, InboxQuery.department())).extracting(TaskView::id).doesNotContain(branch.id());
        assertThat(desk.inbox(reviewer, new InboxQuery(InboxQuery.View.SUSPENDED, null, null, null, null, 50)))
                .extracting(TaskView::id).contains(branch.id());
        assertThatThrownBy(() -> desk.act(reviewer, branch.id(), suspended.version(), new TaskAction.Approve(null)))
                .hasMessage("task_not_workable");

        clock.advance(Duration.ofDays(7));
        TaskView resumed = desk.act(reviewer, branch.id(), suspended.version(), new TaskAction.Resume("听证结束"));

        assertThat(resumed.state()).isEqualTo(TaskState.OPEN);
        CasePromise caseResumed = promise(key);
        assertThat(caseResumed.paused()).isFalse();
        assertThat(caseResumed.daysUsed()).as("no day of the procedure counts").isEqualTo(casePaused.daysUsed());
        // Both clocks paused in whole working days: the day of the pause counted as used, the days left then are
        // counted again from the resume date.
        assertThat(caseResumed.dueDate()).isEqualTo(CALENDAR.plusWorkingDays(today(), caseDaysLeft))
                .isAfter(casePaused.dueDate());
        assertThat(alerted(key)).isTrue();
        assertThat(resumed.dueDate()).isEqualTo(CALENDAR.plusWorkingDays(today(), taskDaysLeft))
                .isAfter(branch.dueDate());
        assertThat(desk.task(reviewer, branch.id()).dueDate()).isEqualTo(resumed.dueDate());
        assertThat(workflows.history(key)).extracting(HistoryView::action).contains("SUSPEND:HEARING", "RESUME");
        assertThat(desk.suspensions(reviewer, branch.id())).singleElement()
                .satisfies(s -> assertThat(s.active()).isFalse());
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(timeline(caseId))
                .contains("SUSPENDED_HEARING", "RESUMED"));
        assertThat(jdbc.sql("select detail from casework.timeline where application_id = :id and kind = 'RESUMED'")
                .param("id", caseId).query(String.class).single())
                .as("CaseResumed carries the new promised date").isEqualTo("承诺办结日期 " + caseResumed.dueDate());
        assertThat(jdbc.sql("select count(*) from audit.entry where object_id = :task and detail like 'SUSPEND:HEARING%'")
                .param("task", branch.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void oneProcedureAtATimeAndOnlyTheSuspendingDepartmentResumes() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView tax = testDesk.branchOf(key, "tax");
        TaskView amr = testDesk.branchOf(key, "amr");
        TaskView suspended = desk.act(testDesk.officer("tax", Role.REVIEWER), tax.id(), tax.version(),
                new TaskAction.Suspend(SuspensionKind.EXPERT_REVIEW, "委托专家评审"));

        assertThatThrownBy(() -> desk.act(testDesk.officer("amr", Role.REVIEWER), amr.id(), amr.version(),
                new TaskAction.Suspend(SuspensionKind.INSPECTION, "现场检查")))
                .hasMessage("suspension_active");
        assertThatThrownBy(() -> desk.act(testDesk.officer("amr", Role.REVIEWER), tax.id(), suspended.version(),
                new TaskAction.Resume(null)))
                .hasMessage("task_not_found");
        assertThatThrownBy(() -> desk.act(testDesk.officer("amr", Role.REVIEWER), amr.id(), amr.version(),
                new TaskAction.Resume(null)))
                .hasMessage("not_suspended");
        assertThatThrownBy(() -> desk.act(testDesk.officer("tax", Role.REVIEWER), tax.id(), tax.version(),
                new TaskAction.Resume(null)))
                .hasMessage("task_changed");
        assertThatThrownBy(() -> desk.act(testDesk.officer("amr", Role.REVIEWER), amr.id(), amr.version(),
                new TaskAction.Suspend(null, "没有种类")))
                .hasMessage("suspension_kind_required");

        desk.act(testDesk.officer("tax", Role.DEPARTMENT_HEAD), tax.id(), suspended.version(), new TaskAction.Resume(null));
        assertThat(promise(key).paused()).isFalse();
        assertThat(alerted(key)).isTrue();
    }

    @Test
    void aRejectionElsewhereEndsTheProcedureAndRestartsTheCaseClock() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView tax = testDesk.branchOf(key, "tax");
        TaskView amr = testDesk.branchOf(key, "amr");
        desk.act(testDesk.officer("tax", Role.REVIEWER), tax.id(), tax.version(),
                new TaskAction.Suspend(SuspensionKind.INSPECTION, "检验"));

        desk.act(testDesk.officer("amr", Role.REVIEWER), amr.id(), amr.version(), new TaskAction.Reject("名称不符合规定", "《企业名称登记管理规定》第十一条"));

        assertThat(desk.task(testDesk.officer("tax", Role.REVIEWER), tax.id()).state()).isEqualTo(TaskState.CANCELLED);
        assertThat(deadlines.find(DeadlineSubject.of("workflow.task", tax.id().toString())))
                .as("a task's due date is its own, with no limit in the deadline module").isEmpty();
        assertThat(promise(key).paused()).isFalse();
        assertThat(alerted(key)).isTrue();
    }

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath();

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    private CasePromise promise(String key) {
        return promises.promises(List.of(key)).get(key);
    }

    /** Whether the sweeper is to look at the case's promise. */
    private boolean alerted(String key) {
        return jdbc.sql("select promise_alert_at is not null from workflow.process where business_key = :key")
                .param("key", key).query(Boolean.class).single();
    }

    private List<String> timeline(UUID caseId) {
        return jdbc.sql("select kind from casework.timeline where application_id = :id").param("id", caseId)
                .query(String.class).list();
    }

}
