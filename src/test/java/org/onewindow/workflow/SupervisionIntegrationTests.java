package org.onewindow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.DataScope;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.shared.DivisionCode;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@OneWindowIntegrationTest
class SupervisionIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TaskDesk desk;
    @Autowired TestDesk testDesk;
    @Autowired Workflows workflows;
    @Autowired Supervision supervision;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired MutableClock clock;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSupervisorSeesLateWorkOfEveryDepartmentPageByPage() {
        String key = testDesk.acceptedJointCase(port).toString();
        clock.advance(Duration.ofDays(20));
        OneWindowUser supervisor = supervisor();

        List<SupervisedTask> overdue = supervision.overview(supervisor,
                new SupervisionQuery(SupervisionQuery.Lateness.OVERDUE, null, null, null, 100));
        List<SupervisedTask> mine = overdue.stream().filter(s -> s.task().businessKey().equals(key)).toList();
        assertThat(mine).hasSize(4).allSatisfy(s -> assertThat(s.workingDaysOverdue()).isPositive());
        assertThat(mine).extracting(s -> s.task().departmentId()).doesNotHaveDuplicates();

        SupervisedTask first = supervision.overview(supervisor,
                new SupervisionQuery(SupervisionQuery.Lateness.OVERDUE, null, null, null, 1)).getFirst();
        SupervisedTask second = supervision.overview(supervisor, new SupervisionQuery(SupervisionQuery.Lateness.OVERDUE,
                null, first.task().dueDate(), first.task().id(), 1)).getFirst();
        assertThat(second.task().id()).isNotEqualTo(first.task().id());
        assertThat(second.task().dueDate()).isAfterOrEqualTo(first.task().dueDate());

        UUID tax = departments.byCode("tax").orElseThrow().id();
        assertThat(supervision.overview(supervisor, new SupervisionQuery(null, tax, null, null, 100)))
                .allSatisfy(s -> assertThat(s.task().departmentId()).isEqualTo(tax));
    }

    /**
     * A case past its promised limit (1 working day for 设立登记) is late work even while its current tasks
     * (10 working days each) are not: the supervisor sees them, with who holds them and the case marked.
     */
    @Test
    void theSupervisorSeesACasePastItsPromiseWhoseTasksAreNotLate() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "tax");
        OneWindowUser reviewer = testDesk.officer("tax", Role.REVIEWER);
        desk.claim(reviewer, branch.id(), branch.version());
        OneWindowUser supervisor = supervisor();
        assertThat(supervision.overview(supervisor, new SupervisionQuery(null, null, null, null, 100)))
                .as("promised by tomorrow at the earliest: not late yet")
                .noneMatch(s -> s.task().businessKey().equals(key));

        clock.advance(Duration.ofDays(5));

        for (SupervisionQuery.Lateness lateness : SupervisionQuery.Lateness.values()) {
            List<SupervisedTask> mine = supervision.overview(supervisor,
                            new SupervisionQuery(lateness, null, null, null, 100)).stream()
                    .filter(s -> s.task().businessKey().equals(key)).toList();
            assertThat(mine).as(lateness.name()).hasSize(4).allSatisfy(s -> {
                assertThat(s.caseOverdue()).isTrue();
                assertThat(s.workingDaysOverdue()).as("the tasks themselves are not late").isZero();
            });
            assertThat(mine).filteredOn(s -> s.task().id().equals(branch.id())).singleElement()
                    .satisfies(s -> assertThat(s.task().assigneeName()).isEqualTo(reviewer.name()));
        }
    }

    @Test
    void aNoticeLandsInTheDepartmentsDeskUntilItIsAcknowledged() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "tax");

        SupervisionView notice = supervision.issue(supervisor(), branch.id(), "请于本周内办结");

        OneWindowUser taxClerk = testDesk.officer("tax", Role.REVIEWER);
        assertThat(supervision.notices(taxClerk)).extracting(SupervisionView::id).contains(notice.id());
        assertThat(supervision.notices(testDesk.officer("amr", Role.REVIEWER))).extracting(SupervisionView::id)
                .doesNotContain(notice.id());
        assertThatThrownBy(() -> supervision.acknowledge(testDesk.officer("amr", Role.REVIEWER), notice.id()))
                .hasMessage("supervision_not_found");
        supervision.acknowledge(taxClerk, notice.id());
        assertThat(supervision.notices(taxClerk)).extracting(SupervisionView::id).doesNotContain(notice.id());
        assertThatThrownBy(() -> supervision.acknowledge(taxClerk, notice.id())).hasMessage("supervision_not_found");
        assertThat(workflows.history(key)).extracting(HistoryView::action)
                .contains("SUPERVISED", "SUPERVISION_ACKNOWLEDGED");
    }

    @Test
    void onlySupervisorsSendNoticesWithWords() {
        TaskView branch = testDesk.branchOf(testDesk.acceptedJointCase(port).toString(), "psb");
        assertThatThrownBy(() -> supervision.issue(testDesk.officer("psb", Role.DEPARTMENT_HEAD), branch.id(), "快办"))
                .hasMessage("supervisor_required");
        assertThatThrownBy(() -> supervision.issue(supervisor(), branch.id(), " ")).hasMessage("note_required");
        assertThatThrownBy(() -> supervision.overview(testDesk.officer("psb", Role.REVIEWER),
                new SupervisionQuery(null, null, null, null, 10)))
                .hasMessage("supervisor_required");
        OneWindowUser elsewhere = new OneWindowUser(AccountKind.STAFF, UUID.randomUUID(), "外地督办", Set.of(Role.SUPERVISOR),
                Set.of(), new DataScope(UUID.randomUUID(), DivisionCode.parse("110000")));
        assertThatThrownBy(() -> supervision.issue(elsewhere, branch.id(), "快办")).hasMessage("task_not_found");
    }

    @Test
    void theHeadSeesOpenTasksPerStaffMemberAndUnclaimed() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "tax");
        OneWindowUser reviewer = testDesk.officer("tax", Role.REVIEWER);
        desk.claim(reviewer, branch.id(), branch.version());

        List<WorkloadLine> lines = supervision.workload(testDesk.officer("tax", Role.DEPARTMENT_HEAD));

        assertThat(lines).anySatisfy(l -> {
            assertThat(l.assigneeId()).isEqualTo(reviewer.id());
            assertThat(l.open()).isEqualTo(1);
        });
        assertThatThrownBy(() -> supervision.workload(reviewer)).hasMessage("department_head_required");
    }

    private OneWindowUser supervisor() {
        Department amr = departments.byCode("amr").orElseThrow();
        return new OneWindowUser(AccountKind.STAFF, UUID.randomUUID(), "督办员", Set.of(Role.SUPERVISOR),
                Set.of("supervision.read"), new DataScope(amr.id(), DivisionCode.parse("350000")));
    }

}
