package org.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.DataScope;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.shared.DivisionCode;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.Supervision;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskOverdue;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@OneWindowIntegrationTest
class SupervisionNotificationsIntegrationTests {

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired TestApplications applications;
    @Autowired TestStaff staff;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired Workflows workflows;
    @Autowired TaskDesk desk;
    @Autowired Supervision supervision;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void aTaskDueDateThatPassesIsAnOverdueNoticeForTheDepartmentAndTheSupervisors() {
        UUID caseId = applications.businessEstablishment(port);
        Department amr = departments.byCode("amr").orElseThrow();
        Department psb = departments.byCode("psb").orElseThrow();
        TaskView accept = open(caseId, NodeKind.ACCEPT, amr.id());
        desk.act(officer(amr, Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        TaskView branch = open(caseId, NodeKind.PARALLEL, psb.id());
        String receipt = jdbc.sql("select receipt_number from casework.application where id = :id")
                .param("id", caseId).query(String.class).single();

        // What the task sweeper publishes when the branch's due date passes (only for this task: a sweep with the
        // clock moved on would raise items for every other test's open tasks in the shared database).
        transactions.executeWithoutResult(status -> events.publishEvent(new TaskOverdue(caseId.toString(),
                branch.id(), psb.id(), branch.dueDate(), DueSchedule.endOf(branch.dueDate()))));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(count("DEPARTMENT", psb.id(), "超期督办%", receipt)).isEqualTo(1);
            assertThat(count("SUPERVISORS", null, "超期督办：" + psb.name(), receipt)).isEqualTo(1);
        });
        WebClient psbReviewer = new WebClient(zones.officePort());
        staff.logIn(psbReviewer, staff.enrolled(psb.id(), psb.region().value(), Role.REVIEWER));
        assertThat(psbReviewer.get("/office/messages").body()).contains("超期督办", receipt, "本环节办理期限已过");
    }

    @Test
    void aSupervisionNoticeReachesTheDepartmentsStaffAndTheSupervisorsOfTheRegionOnly() {
        UUID caseId = applications.businessEstablishment(port);
        Department amr = departments.byCode("amr").orElseThrow();
        Department tax = departments.byCode("tax").orElseThrow();
        Department psb = departments.byCode("psb").orElseThrow();
        TaskView accept = open(caseId, NodeKind.ACCEPT, amr.id());
        desk.act(officer(amr, Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        TaskView branch = open(caseId, NodeKind.PARALLEL, tax.id());
        String note = "请于三个工作日内办结 " + UUID.randomUUID();
        String receipt = jdbc.sql("select receipt_number from casework.application where id = :id")
                .param("id", caseId).query(String.class).single();
        String taskRegion = jdbc.sql("select region_code from workflow.task where id = :id")
                .param("id", branch.id()).query(String.class).single();

        supervision.issue(new OneWindowUser(AccountKind.STAFF, UUID.randomUUID(), "督办员", Set.of(Role.SUPERVISOR),
                Set.of("supervision.issue"), new DataScope(amr.id(), DivisionCode.parse("350000"))), branch.id(), note);

        WebClient taxReviewer = new WebClient(zones.officePort());
        staff.logIn(taxReviewer, staff.enrolled(tax.id(), tax.region().value(), Role.REVIEWER));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                taxReviewer.get("/office/messages").body()).contains("督办通知", receipt, note, tax.name()));
        WebClient taxHead = new WebClient(zones.officePort());
        staff.logIn(taxHead, staff.enrolled(tax.id(), tax.region().value(), Role.DEPARTMENT_HEAD));
        assertThat(taxHead.get("/office/messages").body()).contains(note);

        WebClient psbReviewer = new WebClient(zones.officePort());
        staff.logIn(psbReviewer, staff.enrolled(psb.id(), psb.region().value(), Role.REVIEWER));
        WebClient.Page elsewhere = psbReviewer.get("/office/messages");
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.body()).doesNotContain(note);

        WebClient supervisor = new WebClient(zones.officePort());
        staff.logIn(supervisor, staff.enrolled(amr.id(), "350100", Role.SUPERVISOR));
        assertThat(supervisor.get("/office/messages").body()).contains("已发出督办", tax.name(), receipt, note);

        String otherDistrict = taskRegion.equals("350103") ? "350104" : "350103";
        WebClient districtSupervisor = new WebClient(zones.officePort());
        staff.logIn(districtSupervisor, staff.enrolled(amr.id(), otherDistrict, Role.SUPERVISOR));
        assertThat(districtSupervisor.get("/office/messages").body()).doesNotContain(note);

        assertThat(jdbc.sql("select count(*) from notification.office_message where body like :note")
                .param("note", "%" + note + "%").query(Long.class).single())
                .as("one message for the department, one for the supervisors").isEqualTo(2);
    }

    /** Messages to the audience (and department) with a title like the pattern about the receipt number. */
    private long count(String audience, UUID department, String title, String receipt) {
        return jdbc.sql("""
                        select count(*) from notification.office_message
                        where audience = :audience and department_id is not distinct from :department
                          and title like :title and body like :receipt""")
                .param("audience", audience)
                .param("department", department)
                .param("title", title)
                .param("receipt", "%" + receipt + "%")
                .query(Long.class).single();
    }

    private TaskView open(UUID caseId, NodeKind kind, UUID department) {
        return workflows.tasksOf(caseId.toString()).stream()
                .filter(t -> t.kind() == kind && t.state().workable() && t.departmentId().equals(department))
                .findFirst()
                .orElseThrow();
    }

    private static OneWindowUser officer(Department department, Role role) {
        return new OneWindowUser(AccountKind.STAFF, UUID.randomUUID(), "测试" + department.code(), Set.of(role),
                Set.of("desk.work"), new DataScope(department.id(), department.region()));
    }
}
