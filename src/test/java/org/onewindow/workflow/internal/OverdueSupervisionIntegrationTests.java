package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlinePassed;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.DeadlineSweeper;
import org.onewindow.deadline.Deadlines;
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
    @Autowired Deadlines deadlines;
    @Autowired DeadlineSweeper sweeper;
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
    void aPassedTaskLimitMarksTheTaskAndRaisesOneItemForItsDepartmentHoweverOftenItIsSwept() throws Exception {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "tax");
        clock.advance(Duration.ofDays(30));

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<?> a = pool.submit(sweeper::sweep);
            Future<?> b = pool.submit(sweeper::sweep);
            a.get();
            b.get();
        }
        sweeper.sweep();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(items(branch.id())).hasSize(1));
        Deadline limit = deadlines.find(DeadlineSubject.of(WorkflowDeadlines.TASK, branch.id().toString())).orElseThrow();
        listener.on(new DeadlinePassed(limit.id(), WorkflowDeadlines.TASK, branch.id().toString(), limit.limit().unit(),
                limit.dueAt(), false));

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
        sweeper.sweep();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(items(branch.id())).hasSize(1));

        TaskView asked = desk.act(testDesk.officer("psb", Role.REVIEWER), branch.id(), testDesk.branchOf(key, "psb").version(),
                new TaskAction.RequestExtension("检验检测"));
        TaskView extended = desk.act(testDesk.officer("psb", Role.DEPARTMENT_HEAD), branch.id(), asked.version(),
                new TaskAction.ApproveExtension(null));
        assertThat(extended.overdue()).isFalse();
        clock.advance(Duration.ofDays(60));
        sweeper.sweep();

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(items(branch.id())).hasSize(2));
    }

    @Test
    void aPassedCasePromiseRaisesAnItemForTheAcceptingDepartment() {
        String key = testDesk.acceptedJointCase(port).toString();
        clock.advance(Duration.ofDays(10));
        sweeper.sweep();

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(supervision.notices(
                testDesk.officer("amr", Role.WINDOW_CLERK)))
                .anySatisfy(n -> {
                    assertThat(n.businessKey()).isEqualTo(key);
                    assertThat(n.taskId()).isNull();
                }));
        assertThat(workflows.history(key)).extracting(HistoryView::action).contains("CASE_OVERDUE");
    }

    private List<UUID> items(UUID taskId) {
        return jdbc.sql("select id from workflow.supervision where task_id = :task and source = 'OVERDUE'")
                .param("task", taskId).query(UUID.class).list();
    }

}
