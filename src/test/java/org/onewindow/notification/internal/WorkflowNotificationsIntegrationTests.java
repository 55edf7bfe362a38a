package org.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.CitizenDirectory;
import org.onewindow.identity.DataScope;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.workflow.CaseAccepted;
import org.onewindow.workflow.CasePromises;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskSweeper;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class WorkflowNotificationsIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TaskDesk desk;
    @Autowired Workflows workflows;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired CitizenDirectory citizens;
    @Autowired WorkflowNotifications notifications;
    @Autowired TaskSweeper sweeper;
    @Autowired CasePromises promises;
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
    void theApplicantIsToldOfTheAcceptanceWithThePromisedDateInTheInboxAndByText() {
        UUID caseId = applications.businessEstablishment(port);
        act(caseId, NodeKind.ACCEPT, new TaskAction.Accept("材料齐全"));

        String message = awaitMessage(caseId, "accepted:" + caseId);
        LocalDate promised = promises.promisedBy(caseId.toString()).orElseThrow();
        assertThat(message).contains("已受理", receipt(caseId), "承诺于 " + promised + " 前办结");
        assertThat(texts(caseId)).singleElement().asString().startsWith("【一窗通办】").contains("已受理");
        // The text went to the applicant's own mobile number, read without the identity number.
        UUID applicant = applicant(caseId);
        String mobile = citizens.profile(applicant).orElseThrow().mobile().value();
        assertThat(citizens.mobile(applicant)).get().extracting(m -> m.value()).isEqualTo(mobile);
        assertThat(citizens.mobile(UUID.randomUUID())).isEmpty();
        assertThat(jdbc.sql("select recipient_masked from notification.outbox where body like :receipt "
                        + "and body like '%已受理%'").param("receipt", "%" + receipt(caseId) + "%")
                .query(String.class).single())
                .isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
    }

    @Test
    void aCorrectionRequestListsEverythingMissing() {
        UUID caseId = applications.unemploymentRegistration(port);
        act(caseId, NodeKind.ACCEPT, new TaskAction.RequestCorrection(List.of("离职证明", "身份证复印件")));

        assertThat(awaitMessage(caseId, "correction:" + caseId)).contains("1. 离职证明；2. 身份证复印件");
    }

    @Test
    void aRefusalCarriesItsReason() {
        UUID caseId = applications.unemploymentRegistration(port);
        act(caseId, NodeKind.ACCEPT, new TaskAction.RefuseToAccept("不属于本部门职权范围"));

        assertThat(awaitMessage(caseId, "not-accepted:" + caseId)).contains("不予受理", "不属于本部门职权范围");
    }

    @Test
    void theDecisionIsToldWithTheReasonAndLegalBasis() {
        UUID caseId = applications.unemploymentRegistration(port);
        act(caseId, NodeKind.ACCEPT, new TaskAction.Accept(null));
        act(caseId, NodeKind.REVIEW, new TaskAction.Approve("符合条件"));
        act(caseId, NodeKind.DECIDE, new TaskAction.Reject("未办理退工手续", "《就业服务与就业管理规定》第六十三条"));

        assertThat(awaitMessage(caseId, "decided:" + caseId))
                .contains("不予许可", "未办理退工手续", "第六十三条");
    }

    @Test
    void aDeemedAcceptanceSaysSo() {
        UUID caseId = applications.unemploymentRegistration(port);
        clock.advance(Duration.ofDays(10));
        sweeper.sweep();

        assertThat(awaitMessage(caseId, "accepted:" + caseId)).contains("视为已受理", "第三十二条");
    }

    @Test
    void aRedeliveredEventSendsNothingTwice() {
        UUID caseId = applications.unemploymentRegistration(port);
        act(caseId, NodeKind.ACCEPT, new TaskAction.Accept(null));
        awaitMessage(caseId, "accepted:" + caseId);

        notifications.on(new CaseAccepted(caseId.toString(), null, false, null));

        assertThat(jdbc.sql("select count(*) from notification.inbox where ref = :ref")
                .param("ref", "accepted:" + caseId).query(Long.class).single()).isEqualTo(1);
        assertThat(texts(caseId)).hasSize(1);
    }

    private void act(UUID caseId, NodeKind kind, TaskAction action) {
        TaskView task = workflows.tasksOf(caseId.toString()).stream()
                .filter(t -> t.kind() == kind && t.state().workable()).findFirst().orElseThrow();
        Role role = switch (kind) {
            case ACCEPT -> Role.WINDOW_CLERK;
            case DECIDE -> Role.APPROVER;
            default -> Role.REVIEWER;
        };
        desk.act(officer(task.departmentId(), role), task.id(), task.version(), action);
    }

    private String awaitMessage(UUID caseId, String ref) {
        UUID applicant = applicant(caseId);
        return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select body from notification.inbox where citizen_id = :c and ref = :ref")
                .param("c", applicant).param("ref", ref).query(String.class).optional().orElse(null),
                body -> body != null);
    }

    /** The text messages about the case's acceptance, by receipt number. */
    private List<String> texts(UUID caseId) {
        return jdbc.sql("select body from notification.outbox where body like :receipt and body like '%已受理%'")
                .param("receipt", "%" + receipt(caseId) + "%").query(String.class).list();
    }

    private UUID applicant(UUID caseId) {
        return jdbc.sql("select applicant_id from casework.application where id = :id").param("id", caseId)
                .query(UUID.class).single();
    }

    private String receipt(UUID caseId) {
        return jdbc.sql("select receipt_number from casework.application where id = :id").param("id", caseId)
                .query(String.class).single();
    }

    private OneWindowUser officer(UUID departmentId, Role role) {
        Department department = departments.byId(departmentId).orElseThrow();
        return new OneWindowUser(AccountKind.STAFF, UUID.randomUUID(), "测试" + department.code(), Set.of(role),
                Set.of("desk.work"), new DataScope(department.id(), department.region()));
    }
}
