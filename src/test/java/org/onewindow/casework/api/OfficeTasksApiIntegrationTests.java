package org.onewindow.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@OneWindowIntegrationTest
class OfficeTasksApiIntegrationTests {

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired TestApplications applications;
    @Autowired TestStaff staff;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    WebClient office;
    String csrf;

    @BeforeEach
    void officerWithToken() {
        directory.loadDirectoryIfAbsent();
        office = new WebClient(zones.officePort());
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.WINDOW_CLERK));
        csrf = TestStaff.officeApiToken(office);
    }

    @Test
    void aDepartmentSystemListsAndAcceptsATaskAsJson() {
        UUID caseId = applications.unemploymentRegistration(port);
        String tasks = office.get("/office/api/tasks", "application/json").body();
        assertThat(tasks).contains(caseId.toString());
        UUID taskId = taskOf(caseId);

        Page accepted = office.postJson("/office/api/tasks/" + taskId + "/actions",
                "{\"version\":0,\"action\":\"accept\",\"opinion\":\"齐全\"}", "X-CSRF-TOKEN", csrf);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"state\":\"COMPLETED\"");
        assertThat(jdbc.sql("""
                        select ip from audit.entry where event = 'WORKFLOW_ACTION' and object_id = :task
                          and detail like 'ACCEPT%'""")
                .param("task", taskId.toString()).query(String.class).single())
                .as("the action's audit entry carries the client's address").isEqualTo("127.0.0.1");
        UUID review = jdbc.sql("""
                select t.id from workflow.task t join workflow.process p on p.id = t.process_id
                where p.business_key = :key and t.node_kind = 'REVIEW'""").param("key", caseId.toString())
                .query(UUID.class).single();
        JsonNode answer = json.readTree(accepted.body());
        assertThat(answer.get("id").asString()).as("the task's own fields, as before").isEqualTo(taskId.toString());
        assertThat(answer.get("opened")).as("the task the acceptance opened, with its version").singleElement()
                .satisfies(opened -> {
                    assertThat(opened.get("id").asString()).isEqualTo(review.toString());
                    assertThat(opened.get("kind").asString()).isEqualTo("REVIEW");
                    assertThat(opened.get("version").asInt()).isZero();
                });

        Page stale = office.postJson("/office/api/tasks/" + taskId + "/actions",
                "{\"version\":0,\"action\":\"refuse\",\"opinion\":\"再来一次\"}", "X-CSRF-TOKEN", csrf);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("\"code\":\"task_not_workable\"");
    }

    @Test
    void aReviewerSuspendsForAnInspectionAndResumesThroughTheApi() {
        UUID caseId = applications.unemploymentRegistration(port);
        UUID accept = taskOf(caseId);
        office.postJson("/office/api/tasks/" + accept + "/actions", "{\"version\":0,\"action\":\"accept\"}",
                "X-CSRF-TOKEN", csrf);
        WebClient reviewer = new WebClient(zones.officePort());
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(reviewer, staff.enrolled(hrss.id(), hrss.region().value(), Role.REVIEWER));
        String reviewerCsrf = TestStaff.officeApiToken(reviewer);
        UUID review = jdbc.sql("""
                select t.id from workflow.task t join workflow.process p on p.id = t.process_id
                where p.business_key = :key and t.node_kind = 'REVIEW'""").param("key", caseId.toString())
                .query(UUID.class).single();

        Page suspended = reviewer.postJson("/office/api/tasks/" + review + "/actions",
                "{\"version\":0,\"action\":\"suspend\",\"procedure\":\"INSPECTION\",\"opinion\":\"现场核查\"}",
                "X-CSRF-TOKEN", reviewerCsrf);
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.body()).contains("\"state\":\"SUSPENDED\"");
        Page resumed = reviewer.postJson("/office/api/tasks/" + review + "/actions",
                "{\"version\":1,\"action\":\"resume\",\"opinion\":\"核查完毕\"}", "X-CSRF-TOKEN", reviewerCsrf);
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.body()).doesNotContain("\"state\":\"SUSPENDED\"");
    }

    /** Claim is exclusive over the API too: another clerk gets task_claimed_by_other until the claim is released. */
    @Test
    void aTaskClaimedThroughTheApiIsWorkedOnlyByItsAssignee() {
        UUID taskId = taskOf(applications.unemploymentRegistration(port));
        Page claimed = office.postJson("/office/api/tasks/" + taskId + "/claim", "{\"version\":0}", "X-CSRF-TOKEN",
                csrf);
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.body()).contains("\"state\":\"CLAIMED\"");
        WebClient other = new WebClient(zones.officePort());
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(other, staff.enrolled(hrss.id(), hrss.region().value(), Role.WINDOW_CLERK));
        String otherCsrf = TestStaff.officeApiToken(other);

        Page refused = other.postJson("/office/api/tasks/" + taskId + "/actions",
                "{\"version\":1,\"action\":\"accept\"}", "X-CSRF-TOKEN", otherCsrf);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("\"code\":\"task_claimed_by_other\"");
        assertThat(other.postJson("/office/api/tasks/" + taskId + "/release", "{\"version\":1}", "X-CSRF-TOKEN",
                otherCsrf).body()).contains("\"code\":\"task_claimed_by_other\"");

        Page released = office.postJson("/office/api/tasks/" + taskId + "/release", "{\"version\":1}", "X-CSRF-TOKEN",
                csrf);
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.body()).contains("\"state\":\"OPEN\"");
        Page accepted = other.postJson("/office/api/tasks/" + taskId + "/actions",
                "{\"version\":2,\"action\":\"accept\"}", "X-CSRF-TOKEN", otherCsrf);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"state\":\"COMPLETED\"");
    }

    @Test
    void errorsAreStableCodesAndCsrfIsRequired() {
        UUID taskId = taskOf(applications.unemploymentRegistration(port));
        assertThat(office.postJson("/office/api/tasks/" + taskId + "/actions",
                "{\"version\":0,\"action\":\"refuse\",\"opinion\":\"\"}", "X-CSRF-TOKEN", csrf).body())
                .contains("\"code\":\"reason_required\"");
        Page withoutToken = office.postJson("/office/api/tasks/" + taskId + "/actions",
                "{\"version\":0,\"action\":\"accept\"}");
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("\"code\":\"csrf_token_invalid\"");
        assertThat(office.get("/office/api/tasks/" + UUID.randomUUID(), "application/json").status()).isEqualTo(404);
        assertThat(new WebClient(zones.officePort()).get("/office/api/tasks", "application/json").status())
                .isEqualTo(401);
    }

    private UUID taskOf(UUID caseId) {
        return jdbc.sql("""
                select t.id from workflow.task t join workflow.process p on p.id = t.process_id
                where p.business_key = :key and t.node_kind = 'ACCEPT'""").param("key", caseId.toString()).query(UUID.class).single();
    }
}
