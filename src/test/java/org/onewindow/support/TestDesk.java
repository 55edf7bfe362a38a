package org.onewindow.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.DataScope;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;

/**
 * Drives cases through the desk for tests: officers of the demo departments, the open tasks of a case and
 * a joint case (企业设立登记) accepted by the window so that its parallel branches are open.
 */
public class TestDesk {

    private final TestApplications applications;
    private final TaskDesk desk;
    private final Workflows workflows;
    private final Departments departments;

    public TestDesk(TestApplications applications, TaskDesk desk, Workflows workflows, Departments departments) {
        this.applications = applications;
        this.desk = desk;
        this.workflows = workflows;
        this.departments = departments;
    }

    /** An officer of the demo department with this code, holding the desk permission and the roles. */
    public OneWindowUser officer(String departmentCode, Role... roles) {
        Department department = departments.byCode(departmentCode).orElseThrow();
        return new OneWindowUser(AccountKind.STAFF, UUID.randomUUID(), "测试" + departmentCode, Set.of(roles),
                Set.of("desk.work"), new DataScope(department.id(), department.region()));
    }

    /** The workable tasks of this kind in the case. */
    public List<TaskView> open(String businessKey, NodeKind kind) {
        return workflows.tasksOf(businessKey).stream().filter(t -> t.kind() == kind && t.state().workable()).toList();
    }

    /** The workable parallel branch of the case held by the demo department with this code. */
    public TaskView branchOf(String businessKey, String departmentCode) {
        UUID department = departments.byCode(departmentCode).orElseThrow().id();
        return open(businessKey, NodeKind.PARALLEL).stream().filter(t -> t.departmentId().equals(department))
                .findFirst().orElseThrow();
    }

    /** An unemployment registration (simple approval) submitted over HTTP and accepted by the department's window. */
    public UUID acceptedSimpleCase(int port, String departmentCode) {
        UUID caseId = applications.unemploymentRegistration(port);
        TaskView accept = open(caseId.toString(), NodeKind.ACCEPT).getFirst();
        desk.act(officer(departmentCode, Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        return caseId;
    }

    /** A business establishment case submitted over HTTP and accepted by the market regulator's window. */
    public UUID acceptedJointCase(int port) {
        UUID caseId = applications.businessEstablishment(port);
        TaskView accept = open(caseId.toString(), NodeKind.ACCEPT).getFirst();
        desk.act(officer("amr", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        return caseId;
    }
}
