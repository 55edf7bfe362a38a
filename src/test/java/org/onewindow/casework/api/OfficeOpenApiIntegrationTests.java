package org.onewindow.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The office tasks API's OpenAPI document: on the office site, for logged-in staff, never on the portal. */
@OneWindowIntegrationTest
class OfficeOpenApiIntegrationTests {

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired TestStaff staff;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired ObjectMapper json;

    @Test
    void theOfficeDocumentListsTheTaskEndpointsWithTheirAnswersAndSecurity() {
        JsonNode document = json.readTree(loggedInOfficer().get("/office/api-docs", "application/json").body());

        assertThat(document.get("info").get("title").asString()).contains("office tasks API");
        assertThat(document.get("paths").propertyNames()).containsExactlyInAnyOrder("/office/api/csrf",
                "/office/api/tasks", "/office/api/tasks/{taskId}", "/office/api/tasks/{taskId}/claim",
                "/office/api/tasks/{taskId}/release", "/office/api/tasks/{taskId}/actions");
        JsonNode act = document.get("paths").get("/office/api/tasks/{taskId}/actions").get("post");
        assertThat(act.get("tags").get(0).asString()).isEqualTo("Tasks");
        assertThat(act.get("responses").propertyNames()).contains("200", "401", "403", "404", "409", "422");
        assertThat(act.get("responses").get("409").get("description").asString()).contains("task_changed");
        assertThat(act.get("security").get(0).propertyNames()).containsExactlyInAnyOrder("officeSession", "csrf");
        JsonNode inbox = document.get("paths").get("/office/api/tasks").get("get");
        assertThat(inbox.get("security").get(0).propertyNames()).containsExactly("officeSession");
        assertThat(inbox.get("responses").propertyNames()).contains("200", "401");
        JsonNode session = document.get("components").get("securitySchemes").get("officeSession");
        assertThat(session.get("in").asString()).isEqualTo("cookie");
        assertThat(session.get("name").asString()).isEqualTo("OW_OFFICE_SESSION");
        assertThat(document.get("components").get("securitySchemes").has("session"))
                .as("the portal's cookie is no way into the office").isFalse();
        assertThat(document.toString()).doesNotContain("/api/applications", "/api/catalog");
    }

    @Test
    void theOfficeDocumentNeedsAStaffLogin() {
        Page anonymous = new WebClient(zones.officePort()).get("/office/api-docs", "application/json");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("login_required").doesNotContain("/office/api/tasks");
    }

    @Test
    void thePortalServesNoOfficeDocumentAndDoesNotListOne() {
        WebClient portal = new WebClient(port);

        assertThat(portal.get("/office/api-docs", "application/json").status()).isEqualTo(404);
        assertThat(portal.get("/v3/api-docs/office", "application/json").status()).isEqualTo(404);
        assertThat(portal.get("/v3/api-docs/swagger-config", "application/json").body()).doesNotContain("office");
        assertThat(portal.get("/v3/api-docs", "application/json").body()).doesNotContain("/office");
    }

    private WebClient loggedInOfficer() {
        directory.loadDirectoryIfAbsent();
        WebClient office = new WebClient(zones.officePort());
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.REVIEWER));
        return office;
    }
}
