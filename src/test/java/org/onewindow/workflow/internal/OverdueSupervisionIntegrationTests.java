package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.onewindow.deadline.DeadlinePassed;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.DueDates;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.deadline.LimitUnit;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.onewindow.workflow.HistoryView;
import org.onewindow.workflow.Supervision;
import org.onewindow.workflow.SupervisionView;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskOverdue;
import org.onewindow.workflow.TaskSweeper;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.WorkflowDeadlines;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class OverdueSupervisionIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TaskDesk desk;
    @Autowired TestDesk testDesk;
    @Autowired Workflows workflows;
    @Autowired Supervision supervision;
    @Autowired OverdueSupervision listener;
    @Autowired SupervisionDesk supervisionDesk;
    @Autowired Deadlines deadlines;
    @Autowired TaskSweeper taskSweeper;
    @Autowired DueDates calendar;
    @Autowired Departments departments;
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
    void aPassedTaskDueDateMarksTheTaskAndRaisesOneItemForItsDepartmentHoweverOftenItIsSwept() throws Exception {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "tax");
        clock.advance(Duration.ofDays(30));

        List<TaskSweeper.SweepReport> reports = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<TaskSweeper.SweepReport> a = pool.submit(taskSweeper::sweep);
            Future<TaskSweeper.SweepReport> b = pool.submit(taskSweeper::sweep);
            reports.add(a.get());
            reports.add(b.get());
        }
        reports.add(taskSweeper.sweep());
        assertThat(reports.stream().mapToInt(TaskSweeper.SweepReport::overdue).sum())
                .as("the two sweepers and the third took some overdue tasks, each once").isPositive();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(items(branch.id())).hasSize(1));
        assertThat(jdbc.sql("select count(*) from audit.entry where event = 'DEADLINE_PASSED' and object_id = :task")
                .param("task", branch.id().toString()).query(Long.class).single())
                .as("one sweep took the task").isEqualTo(1);
        // The event delivered again (a redelivery after a crash) raises nothing more: what the (asynchronous)
        // listener does with it, done here in this thread so that its result is known before asserting.
        TaskOverdue event = new TaskOverdue(key, branch.id(), branch.departmentId(), branch.dueDate(),
                DueSchedule.endOf(branch.dueDate()));
        supervisionDesk.taskOverdue(event.taskId(), event.taskId(), event.dueAt());

        assertThat(items(branch.id())).hasSize(1);
        OneWindowUser reviewer = testDesk.officer("tax", Role.REVIEWER);
        assertThat(desk.task(reviewer, branch.id()).overdue()).isTrue();
        assertThat(supervision.notices(reviewer)).anySatisfy(n -> {
            assertThat(n.taskId()).isEqualTo(branch.id());
            assertThat(n.source()).isEqualTo("OVERDUE");
        });
        assertThat(supervision.notices(testDesk.officer("amr", Role.REVIEWER))).extracting(SupervisionView::taskId)
                .doesNotContain(branch.id());
        assertThat(workflows.history(key)).extracting(HistoryView::action).contains("OVERDUE");
    }

    @Test
    void anExtensionMovesTheLimitAndItsPassingRaisesASecondItem() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "psb");
        clock.advance(Duration.ofDays(30));
        taskSweeper.sweep();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(items(branch.id())).hasSize(1));

        TaskView asked = desk.act(testDesk.officer("psb", Role.REVIEWER), branch.id(), testDesk.branchOf(key, "psb").version(),
                new TaskAction.RequestExtension("检验检测"));
        TaskView extended = desk.act(testDesk.officer("psb", Role.DEPARTMENT_HEAD), branch.id(), asked.version(),
                new TaskAction.ApproveExtension(null));
        assertThat(extended.overdue()).isFalse();
        assertThat(extended.dueDate()).as("15 working days more (joint processing)")
                .isEqualTo(calendar.schedule(TimeLimit.workingDays(10 + 15), branch.createdAt(), List.of(), null)
                        .dueDate())
                .isAfter(branch.dueDate());
        clock.advance(Duration.ofDays(60));
        taskSweeper.sweep();

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(items(branch.id())).hasSize(2));
    }

    /**
     * The case's promise, kept in its process, is swept by the workflow's sweeper: two sweepers at once
     * and a third after them take it once, and the accepting department gets one item.
     */
    @Test
    void aPassedCasePromiseRaisesOneItemForTheAcceptingDepartmentHoweverOftenItIsSwept() throws Exception {
        String key = testDesk.acceptedJointCase(port).toString();
        UUID processId = jdbc.sql("select id from workflow.process where business_key = :key").param("key", key)
                .query(UUID.class).single();
        clock.advance(Duration.ofDays(10));

        List<TaskSweeper.SweepReport> reports = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<TaskSweeper.SweepReport> a = pool.submit(taskSweeper::sweep);
            Future<TaskSweeper.SweepReport> b = pool.submit(taskSweeper::sweep);
            reports.add(a.get());
            reports.add(b.get());
        }
        reports.add(taskSweeper.sweep());
        assertThat(reports.stream().mapToInt(TaskSweeper.SweepReport::casesOverdue).sum()).isPositive();

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(supervision.notices(
                testDesk.officer("amr", Role.WINDOW_CLERK)))
                .anySatisfy(n -> {
                    assertThat(n.businessKey()).isEqualTo(key);
                    assertThat(n.taskId()).isNull();
                }));
        assertThat(jdbc.sql("select count(*) from workflow.supervision where process_id = :p and task_id is null")
                .param("p", processId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit.entry where event = 'DEADLINE_PASSED' and object_type = :type"
                        + " and object_id = :key")
                .param("type", WorkflowDeadlines.CASE).param("key", key).query(Long.class).single())
                .as("one sweep took the promise").isEqualTo(1);
        assertThat(workflows.history(key)).extracting(HistoryView::action).containsOnlyOnce("CASE_OVERDUE");
    }

    /** A case limit's event from before V60_0_8, still on its way at the upgrade, is still taken. */
    @Test
    void aPassedCaseLimitFromBeforeTheUpgradeStillRaisesItsItem() {
        String key = testDesk.acceptedJointCase(port).toString();

        listener.on(new DeadlinePassed(UUID.randomUUID(), WorkflowDeadlines.CASE, key, LimitUnit.WORKING_DAYS,
                clock.instant(), false));

        // The listener is asynchronous, as after a commit.
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(workflows.history(key))
                .extracting(HistoryView::action).containsOnlyOnce("CASE_OVERDUE"));
    }

    /** A task limit's event from before V60_0_6, still on its way at the upgrade, is still taken. */
    @Test
    void aPassedTaskLimitFromBeforeTheUpgradeStillRaisesItsItem() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "amr");

        listener.on(new DeadlinePassed(UUID.randomUUID(), "workflow.task", branch.id().toString(),
                LimitUnit.WORKING_DAYS, DueSchedule.endOf(branch.dueDate()), false));

        // The listener is asynchronous, as after a commit.
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(items(branch.id())).hasSize(1);
            assertThat(desk.task(testDesk.officer("amr", Role.REVIEWER), branch.id()).overdue()).isTrue();
        });
    }

    private List<UUID> items(UUID taskId) {
        return jdbc.sql("select id from workflow.supervision where task_id = :task and source = 'OVERDUE'")
                .param("task", taskId).query(UUID.class).list();
    }

}
