package org.onewindow.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.api.ApiClient.Answer;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The portal's OpenAPI document: public, the catalogue and applications APIs, nothing of the office. */
@OneWindowIntegrationTest
class OpenApiIntegrationTests {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @Test
    void theDocumentIsPublicAndListsTheCatalogueAndApplicationsApis() {
        Answer document = new ApiClient(port, json, null).get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        List<String> paths = document.body().get("paths").propertyNames().stream().toList();
        assertThat(paths).contains("/api/applications", "/api/applications/{applicationId}",
                "/api/applications/{applicationId}/timeline", "/api/applications/{applicationId}/withdraw",
                "/api/applications/drafts", "/api/applications/drafts/{draftId}/values",
                "/api/applications/drafts/{draftId}/submit", "/api/csrf", "/api/catalog/items",
                "/api/catalog/items/{code}");
        assertThat(paths).allMatch(path -> path.startsWith("/api/"));
        assertThat(document.raw().body()).doesNotContain("/office");
    }

    @Test
    void theDocumentNamesErrorCodesAndSecurity() {
        JsonNode document = new ApiClient(port, json, null).get("/v3/api-docs").body();

        JsonNode submit = document.get("paths").get("/api/applications/drafts/{draftId}/submit").get("post");
        assertThat(submit.get("responses").propertyNames()).contains("200", "201", "401", "403", "404", "422");
        assertThat(submit.get("security").get(0).propertyNames()).containsExactlyInAnyOrder("session", "csrf");
        assertThat(document.get("components").get("securitySchemes").propertyNames()).contains("session", "csrf");
        JsonNode item = document.get("paths").get("/api/catalog/items/{code}").get("get");
        assertThat(item.get("tags").get(0).asString()).isEqualTo("Catalogue");
        assertThat(item.get("responses").get("404").get("description").asString()).contains("item_not_found");
    }

    @Test
    void theUiIsPublicOnThePortal() {
        WebClient anonymous = new WebClient(port);
        assertThat(anonymous.get("/api-docs-ui").status()).isIn(200, 302);
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
