package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The public JSON API of the catalogue. */
@OneWindowIntegrationTest
class CatalogApiIntegrationTests {

    private static final String JSON = "application/json";

    @LocalServerPort int portalPort;
    @Autowired ObjectMapper json;
    @Autowired Catalog catalog;
    WebClient portal;

    @BeforeEach
    void anonymousClient() {
        portal = new WebClient(portalPort);
    }

    @Test
    void listsItemSummariesPageByPage() {
        JsonNode page = get("/api/catalog/items?size=10&page=1", 200);

        assertThat(page.get("total").asInt()).isEqualTo(catalog.items().size());
        assertThat(page.get("items")).hasSize(10);
        assertThat(page.get("items").get(0).has("form")).isFalse();
        assertThat(page.get("edition").asString()).isEqualTo(catalog.edition());
    }

    @Test
    void filtersItemsByAudienceEventAndDepartment() {
        JsonNode business = get("/api/catalog/items?audience=business", 200);
        assertThat(business.get("items").valueStream().map(i -> i.get("code").asString()))
                .contains("business-establishment").doesNotContain("birth-registration");
        JsonNode birth = get("/api/catalog/items?event=birth", 200);
        assertThat(birth.get("items").valueStream().map(i -> i.get("code").asString()))
                .contains("birth-medical-certificate", "social-security-card");
        JsonNode civil = get("/api/catalog/items?department=gl.civil", 200);
        assertThat(civil.get("items").valueStream().map(i -> i.get("code").asString()))
                .contains("minimum-living-allowance");
    }

    @Test
    void returnsAnItemWithItsFormAndProcessing() {
        JsonNode item = get("/api/catalog/items/business-establishment", 200);

        assertThat(item.get("name").asString()).isEqualTo("企业设立登记");
        assertThat(item.get("type").asString()).isEqualTo("LICENCE");
        assertThat(item.get("promisedLimit").get("value").asInt()).isEqualTo(1);
        assertThat(item.get("processing").get("parallelReview")).hasSize(4);
        assertThat(item.get("processing").get("workflow").asString()).isEqualTo("joint-review");
        assertThat(item.get("form").get("fields").valueStream().map(f -> f.get("name").asString()))
                .contains("proposedName", "shareholders");
    }

    @Test
    void searchesInChinese() {
        JsonNode results = get("/api/catalog/search?q=" + URLEncoder.encode("开饭店", StandardCharsets.UTF_8), 200);

        assertThat(results.get("hits").valueStream().limit(3).map(h -> h.get("code").asString()))
                .contains("business-establishment", "food-business-licence");
    }

    @Test
    void listsLifeEventsAndReturnsABundleWithItsMergedForm() {
        assertThat(get("/api/catalog/events", 200).valueStream().map(e -> e.get("code").asString()))
                .contains("birth", "start-business", "retirement", "after-death");
        JsonNode bundle = get("/api/catalog/bundles/newborn", 200);
        assertThat(bundle.get("itemCodes")).hasSize(4);
        assertThat(bundle.get("form").get("fields").valueStream().filter(f -> f.get("name").asString()
                .equals("applicantName"))).hasSize(1);
    }

    @Test
    void answersErrorsWithStableCodes() {
        assertThat(get("/api/catalog/items/no-such-item", 404).get("error").asString()).isEqualTo("item_not_found");
        assertThat(get("/api/catalog/bundles/no-such", 404).get("error").asString()).isEqualTo("bundle_not_found");
        assertThat(get("/api/catalog/search?q=", 400).get("error").asString()).isEqualTo("query_required");
        assertThat(get("/api/catalog/items?audience=aliens", 400).get("error").asString()).isEqualTo("audience_unknown");
        assertThat(get("/api/catalog/items?size=1000", 400).get("error").asString()).isEqualTo("page_invalid");
    }

    private JsonNode get(String path, int status) {
        WebClient.Page page = portal.get(path, JSON);
        assertThat(page.status()).as(path).isEqualTo(status);
        return json.readTree(page.body());
    }
}
