package org.onewindow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.shared.WorkingDayCalendar;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class ExtensionIntegrationTests {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath();

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TaskDesk desk;
    @Autowired TestDesk testDesk;
    @Autowired Workflows workflows;
    @Autowired Departments departments;
    @Autowired CasePromises promises;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void theHeadOfTheDepartmentExtendsAJointCaseByFifteenWorkingDaysAndTheApplicantIsToldWhy() {
        UUID caseId = testDesk.acceptedJointCase(port);
        String key = caseId.toString();
        TaskView branch = testDesk.branchOf(key, "tax");
        CasePromise caseBefore = caseLimit(key);
        LocalDate branchDueBefore = branch.dueDate();

        OneWindowUser reviewer = testDesk.officer("tax", Role.REVIEWER);
        TaskView asked = desk.act(reviewer, branch.id(), branch.version(), new TaskAction.RequestExtension("需现场核查经营场所"));
        OneWindowUser head = testDesk.officer("tax", Role.DEPARTMENT_HEAD);
        assertThat(desk.pendingExtensions(head)).extracting(ExtensionView::businessKey).contains(key);
        desk.act(head, branch.id(), asked.version(), new TaskAction.ApproveExtension("同意"));

        CasePromise caseAfter = caseLimit(key);
        assertThat(caseAfter.extendedBy()).isEqualTo(15);
        assertThat(caseAfter.limit().amount()).as("the limit as started").isEqualTo(caseBefore.limit().amount());
        assertThat(caseAfter.dueDate()).isEqualTo(CALENDAR.plusWorkingDays(caseBefore.dueDate(), 15));
        TaskView branchAfter = desk.task(reviewer, branch.id());
        assertThat(branchAfter.dueDate()).isEqualTo(CALENDAR.plusWorkingDays(branchDueBefore, 15));
        assertThat(desk.extensions(reviewer, branch.id())).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo("APPROVED"));
        assertThat(workflows.history(key)).extracting(HistoryView::action)
                .contains("REQUEST_EXTENSION", "APPROVE_EXTENSION");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(timeline(caseId)).anyMatch(line -> line.contains("EXTENDED") && line.contains("需现场核查经营场所"));
            assertThat(inbox(caseId, "extended:" + caseId)).contains("延长 15 个工作日", "需现场核查经营场所",
                    "至 " + caseAfter.dueDate());
        });
        assertThat(audited(branch.id(), "APPROVE_EXTENSION")).isTrue();
    }

    /**
     * A joint case's limit never exceeds 45 + 15 working days (Art. 42 ¶2): a case whose promise, as
     * started under an earlier catalogue, was 50 working days is extended by the 10 left; one at 60 by none.
     */
    @Test
    void aJointCaseIsExtendedNoFurtherThanFortyFivePlusFifteenWorkingDays() {
        String trimmed = testDesk.acceptedJointCase(port).toString();
        String atCeiling = testDesk.acceptedJointCase(port).toString();
        promisedAsStarted(trimmed, 50);
        promisedAsStarted(atCeiling, 60);
        OneWindowUser reviewer = testDesk.officer("tax", Role.REVIEWER);

        TaskView branch = testDesk.branchOf(trimmed, "tax");
        TaskView asked = desk.act(reviewer, branch.id(), branch.version(), new TaskAction.RequestExtension("专家评审"));
        assertThat(desk.extensions(reviewer, branch.id())).singleElement()
                .satisfies(e -> assertThat(e.days()).isEqualTo(10));
        desk.act(testDesk.officer("tax", Role.DEPARTMENT_HEAD), branch.id(), asked.version(),
                new TaskAction.ApproveExtension(null));
        assertThat(caseLimit(trimmed).extendedBy()).isEqualTo(10);
        assertThat(caseLimit(trimmed).limit().amount() + caseLimit(trimmed).extendedBy()).isEqualTo(60);

        TaskView full = testDesk.branchOf(atCeiling, "tax");
        assertThatThrownBy(() -> desk.act(reviewer, full.id(), full.version(), new TaskAction.RequestExtension("专家评审")))
                .hasMessage("extension_exceeds_statutory_limit");
        assertThat(desk.extensions(reviewer, full.id())).isEmpty();
        assertThat(caseLimit(atCeiling).extendedBy()).isZero();
    }

    private void promisedAsStarted(String key, int workingDays) {
        jdbc.sql("update workflow.process set promise_days = :days where business_key = :key")
                .param("days", workingDays).param("key", key).update();
    }

    @Test
    void aSecondExtensionIsRefused() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "psb");
        OneWindowUser reviewer = testDesk.officer("psb", Role.REVIEWER);
        TaskView asked = desk.act(reviewer, branch.id(), branch.version(), new TaskAction.RequestExtension("专家评审"));

        assertThatThrownBy(() -> desk.act(reviewer, branch.id(), asked.version(),
                new TaskAction.RequestExtension("再延一次")))
                .hasMessage("extension_pending");
        TaskView approved = desk.act(testDesk.officer("psb", Role.DEPARTMENT_HEAD), branch.id(), asked.version(),
                new TaskAction.ApproveExtension(null));
        assertThatThrownBy(() -> desk.act(reviewer, branch.id(), approved.version(),
                new TaskAction.RequestExtension("再延一次")))
                .hasMessage("extension_already_granted");
        TaskView other = testDesk.branchOf(key, "amr");
        assertThatThrownBy(() -> desk.act(testDesk.officer("amr", Role.REVIEWER), other.id(), other.version(),
                new TaskAction.RequestExtension("另一部门也想延期")))
                .hasMessage("extension_already_granted");
        assertThat(caseLimit(key).extendedBy()).isEqualTo(15);
    }

    @Test
    void onlyAnotherHeadOfTheSameDepartmentMayDecide() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "amr");
        OneWindowUser headReviewer = testDesk.officer("amr", Role.REVIEWER, Role.DEPARTMENT_HEAD);
        TaskView asked = desk.act(headReviewer, branch.id(), branch.version(), new TaskAction.RequestExtension("听证"));

        assertThatThrownBy(() -> desk.act(headReviewer, branch.id(), asked.version(),
                new TaskAction.ApproveExtension(null)))
                .hasMessage("extension_own_request");
        assertThatThrownBy(() -> desk.act(testDesk.officer("amr", Role.REVIEWER), branch.id(), asked.version(),
                new TaskAction.ApproveExtension(null)))
                .hasMessage("department_head_required");
        assertThatThrownBy(() -> desk.act(testDesk.officer("tax", Role.DEPARTMENT_HEAD), branch.id(), asked.version(),
                new TaskAction.ApproveExtension(null)))
                .hasMessage("task_not_found");
        assertThatThrownBy(() -> desk.act(testDesk.officer("amr", Role.DEPARTMENT_HEAD), branch.id(), branch.version(),
                new TaskAction.ApproveExtension(null)))
                .as("the page was loaded before the request")
                .hasMessage("task_changed");
        assertThat(caseLimit(key).extendedBy()).isZero();

        TaskView rejected = desk.act(testDesk.officer("amr", Role.DEPARTMENT_HEAD), branch.id(), asked.version(),
                new TaskAction.RejectExtension("理由不充分"));
        assertThat(caseLimit(key).extendedBy()).isZero();
        assertThatThrownBy(() -> desk.act(testDesk.officer("amr", Role.DEPARTMENT_HEAD), branch.id(), rejected.version(),
                new TaskAction.RejectExtension("再驳回")))
                .hasMessage("extension_not_pending");
        desk.act(headReviewer, branch.id(), rejected.version(), new TaskAction.RequestExtension("听证，已补充说明"));
        assertThat(desk.extensions(headReviewer, branch.id())).extracting(ExtensionView::state)
                .containsExactly("REJECTED", "PENDING");
    }

    @Test
    void aRequestLapsesWhenTheStepIsDoneFirst() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(key, "tax");
        OneWindowUser reviewer = testDesk.officer("tax", Role.REVIEWER);
        TaskView asked = desk.act(reviewer, branch.id(), branch.version(), new TaskAction.RequestExtension("核查"));
        TaskView done = desk.act(reviewer, branch.id(), asked.version(), new TaskAction.Approve("同意"));

        assertThatThrownBy(() -> desk.act(testDesk.officer("tax", Role.DEPARTMENT_HEAD), branch.id(), done.version(),
                new TaskAction.ApproveExtension(null)))
                .hasMessage("task_not_workable");
        assertThat(desk.extensions(reviewer, branch.id())).extracting(ExtensionView::state).containsExactly("LAPSED");
        TaskView other = testDesk.branchOf(key, "psb");
        desk.act(testDesk.officer("psb", Role.REVIEWER), other.id(), other.version(), new TaskAction.RequestExtension("专家评审"));
    }

    @Test
    void aCaseDoneOnTheSpotHasNoLimitToExtend() {
        UUID caseId = applications.unemploymentRegistration(port);
        TaskView accept = testDesk.open(caseId.toString(), NodeKind.ACCEPT).getFirst();
        desk.act(testDesk.officer("hrss", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        TaskView review = testDesk.open(caseId.toString(), NodeKind.REVIEW).getFirst();
        assertThatThrownBy(() -> desk.act(testDesk.officer("hrss", Role.REVIEWER), review.id(), review.version(),
                new TaskAction.RequestExtension("需要更多时间")))
                .hasMessage("extension_not_applicable");
        assertThatThrownBy(() -> desk.act(testDesk.officer("hrss", Role.REVIEWER), review.id(), review.version(),
                new TaskAction.RequestExtension(" ")))
                .hasMessage("reason_required");
    }

    private CasePromise caseLimit(String key) {
        return promises.promises(List.of(key)).get(key);
    }

    private List<String> timeline(UUID caseId) {
        return jdbc.sql("select kind || ' ' || coalesce(detail, '') from casework.timeline where application_id = :id")
                .param("id", caseId).query(String.class).list();
    }

    private String inbox(UUID caseId, String ref) {
        return jdbc.sql("""
                select i.body from notification.inbox i join casework.application a on a.applicant_id = i.citizen_id
                where a.id = :id and i.ref = :ref""").param("id", caseId).param("ref", ref)
                .query(String.class).optional().orElse("");
    }

    private boolean audited(UUID taskId, String action) {
        return jdbc.sql("select count(*) from audit.entry where object_id = :task and detail like :action")
                .param("task", taskId.toString()).param("action", action + "%").query(Long.class).single() > 0;
    }

}
