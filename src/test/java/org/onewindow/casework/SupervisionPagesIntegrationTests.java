package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class SupervisionPagesIntegrationTests {

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired TestApplications applications;
    @Autowired TestStaff staff;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void aSupervisorSendsANoticeThatTheDepartmentAcknowledgesOnItsDesk() {
        UUID caseId = applications.businessEstablishment(port);
        String receipt = receipt(caseId);
        Department amr = departments.byCode("amr").orElseThrow();
        WebClient clerk = new WebClient(zones.officePort());
        staff.logIn(clerk, staff.enrolled(amr.id(), amr.region().value(), Role.WINDOW_CLERK));
        String accept = taskOf(caseId, "ACCEPT", amr.id());
        clerk.post("/office/desk/tasks/" + accept + "/act", Map.of("version", "0", "action", "accept"));
        Department tax = departments.byCode("tax").orElseThrow();
        String branch = taskOf(caseId, "PARALLEL", tax.id());
        jdbc.sql("update workflow.task set due_date = current_date - 3 where id = :id")
                .param("id", UUID.fromString(branch)).update();

        WebClient supervisor = new WebClient(zones.officePort());
        staff.logIn(supervisor, staff.enrolled(amr.id(), "350000", Role.SUPERVISOR));
        Page overview = supervisor.get("/office/supervision?lateness=OVERDUE&department=" + tax.id());
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains(receipt);
        Page sent = supervisor.post("/office/supervision/tasks/" + branch + "/notice", Map.of("note", "请本周内办结"));
        assertThat(sent.location().orElseThrow()).endsWith("/office/supervision");

        WebClient reviewer = new WebClient(zones.officePort());
        staff.logIn(reviewer, staff.enrolled(tax.id(), tax.region().value(), Role.REVIEWER));
        Page desk = reviewer.get("/office/desk");
        assertThat(desk.body()).contains("supervision-notices", "请本周内办结");
        // The acknowledge form in the notice's own row: other tests' items for the department may be listed too.
        Matcher acknowledge = Pattern.compile("请本周内办结</td>[\\s\\S]*?(/office/desk/supervision/[0-9a-f-]{36}/acknowledge)")
                .matcher(desk.body());
        assertThat(acknowledge.find()).isTrue();
        assertThat(reviewer.post(acknowledge.group(1), Map.of()).location().orElseThrow()).endsWith("/office/desk");
        assertThat(reviewer.get("/office/desk").body()).doesNotContain("请本周内办结");
        assertThat(reviewer.get("/office/supervision").status()).isEqualTo(403);
        assertThat(reviewer.get("/office/desk/workload").status()).isEqualTo(403);

        WebClient head = new WebClient(zones.officePort());
        staff.logIn(head, staff.enrolled(tax.id(), tax.region().value(), Role.DEPARTMENT_HEAD));
        assertThat(head.get("/office/desk/workload").body()).contains("id=\"workload\"");
    }

    @Test
    void aReviewerStopsAndRestartsTheClockFromTheTaskPage() {
        UUID caseId = applications.businessEstablishment(port);
        Department amr = departments.byCode("amr").orElseThrow();
        WebClient clerk = new WebClient(zones.officePort());
        staff.logIn(clerk, staff.enrolled(amr.id(), amr.region().value(), Role.WINDOW_CLERK));
        clerk.post("/office/desk/tasks/" + taskOf(caseId, "ACCEPT", amr.id()) + "/act",
                Map.of("version", "0", "action", "accept"));
        Department psb = departments.byCode("psb").orElseThrow();
        String branch = taskOf(caseId, "PARALLEL", psb.id());
        WebClient reviewer = new WebClient(zones.officePort());
        staff.logIn(reviewer, staff.enrolled(psb.id(), psb.region().value(), Role.REVIEWER));

        assertThat(reviewer.get("/office/desk/tasks/" + branch).body()).contains("suspend-form", "extension-request");
        Page suspended = reviewer.post("/office/desk/tasks/" + branch + "/act",
                Map.of("version", "0", "action", "suspend", "procedure", "HEARING", "opinion", "申请人要求听证"));
        assertThat(suspended.location().orElseThrow()).contains("/office/desk");
        Page page = reviewer.get("/office/desk/tasks/" + branch);
        assertThat(page.body()).contains("resume-form", "申请人要求听证");
        Page resumed = reviewer.post("/office/desk/tasks/" + branch + "/act", Map.of("version", "1", "action", "resume"));
        assertThat(resumed.location().orElseThrow()).contains("/office/desk");
        assertThat(jdbc.sql("select state from workflow.task where id = :id").param("id", UUID.fromString(branch))
                .query(String.class).single()).isEqualTo("OPEN");
    }

    private String taskOf(UUID caseId, String kind, UUID department) {
        return jdbc.sql("""
                select t.id from workflow.task t join workflow.process p on p.id = t.process_id
                where p.business_key = :key and t.node_kind = :kind and t.department_id = :department""")
                .param("key", caseId.toString()).param("kind", kind).param("department", department)
                .query(UUID.class).single().toString();
    }

    private String receipt(UUID caseId) {
        return jdbc.sql("select receipt_number from casework.application where id = :id").param("id", caseId)
                .query(String.class).single();
    }
}
