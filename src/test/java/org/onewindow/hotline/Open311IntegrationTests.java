package org.onewindow.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Open311 GeoReport v2 (JSON): field names and error lists as the specification gives them. */
@OneWindowIntegrationTest
class Open311IntegrationTests {

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired TestStaff staff;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    /** Logged in once for the class: the suite shares one per-IP login limit. */
    private static WebClient admin;

    WebClient api;
    String key;

    @BeforeEach
    void apiKey() {
        directory.loadDirectoryIfAbsent();
        api = new WebClient(port);
        if (admin == null) {
            admin = new WebClient(zones.officePort());
            Department gov = departments.byCode("gov").orElseThrow();
            staff.logIn(admin, staff.enrolled(gov.id(), gov.region().value(), Role.SYSTEM_ADMIN));
        }
        admin.get("/office/hotline/api-keys");
        Page issued = admin.post("/office/hotline/api-keys", Map.of("name", "城市随手拍 App"));
        Matcher value = Pattern.compile("id=\"issued-key\">(ow311_[A-Za-z0-9_-]+)<").matcher(issued.body());
        assertThat(value.find()).isTrue();
        key = value.group(1);
    }

    @Test
    void listsServicesWithTheSpecsFieldsAndDefinesTheirAttributes() {
        JsonNode services = read(api.get("/open311/v2/services.json", "application/json"), 200);
        JsonNode noise = read(api.get("/open311/v2/services/env-noise.json", "application/json"), 200);
        JsonNode unknown = read(api.get("/open311/v2/services/no-such.json", "application/json"), 404);

        assertThat(services.isArray()).isTrue();
        JsonNode first = services.get(0);
        for (String field : new String[] {"service_code", "service_name", "description", "metadata", "type",
            "keywords", "group"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(noise.get("service_code").asString()).isEqualTo("env-noise");
        JsonNode district = noise.get("attributes").get(0);
        assertThat(district.get("code").asString()).isEqualTo("district");
        assertThat(district.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(district.get("values").toString()).contains("\"key\":\"350102\"");
        assertThat(noise.get("attributes").get(1).get("code").asString()).isEqualTo("noise_time");
        assertError(unknown, 404, "service_unknown");
        JsonNode endpoint = read(api.get("/open311/discovery.json", "application/json"), 200).get("endpoints").get(0);
        assertThat(endpoint.get("specification").asString()).contains("GeoReport_v2");
        assertThat(endpoint.get("max_requests").asInt()).isEqualTo(1000);
        assertThat(endpoint.get("limits").asString()).contains("newest 1000");
    }

    @Test
    void aClientPostsARequestWithAnApiKeyAndReadsItBack() {
        JsonNode created = read(post(Map.of("api_key", key, "service_code", "env-noise", "lat", "26.08",
                "long", "119.30", "description", "夜间工地施工", "attribute[district]", "350102",
                "attribute[noise_time]", "NIGHT")), 201);
        String id = created.get(0).get("service_request_id").asString();

        JsonNode one = read(api.get("/open311/v2/requests/" + id + ".json", "application/json"), 200).get(0);
        JsonNode listed = read(api.get("/open311/v2/requests.json?service_code=env-noise&status=open"
                + "&service_request_id=" + id, "application/json"), 200);

        assertThat(id).matches("12345-\\d{4}-\\d{6}");
        assertThat(created.get(0).has("service_notice")).isTrue();
        assertThat(created.get(0).has("account_id")).isTrue();
        for (String field : new String[] {"service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long",
            "media_url"}) {
            assertThat(one.has(field)).as(field).isTrue();
        }
        assertThat(one.get("status").asString()).isEqualTo("open");
        assertThat(one.get("lat").asDouble()).isEqualTo(26.08);
        assertThat(OffsetDateTime.parse(one.get("requested_datetime").asString()).getOffset().getTotalSeconds())
                .isEqualTo(8 * 3600);
        assertThat(listed.size()).isEqualTo(1);
        assertThat(jdbc.sql("select channel from hotline.ticket where number = :n").param("n", id)
                .query(String.class).single()).isEqualTo("OPEN311");
    }

    @Test
    void refusesMissingLocationUnknownServiceAndAValueNotInTheList() {
        assertError(read(post(Map.of("api_key", key, "service_code", "env-garbage", "description", "垃圾",
                "attribute[district]", "350102")), 400), 400, "location_required");
        assertError(read(post(Map.of("api_key", key, "service_code", "no-such", "address_string", "东街",
                "description", "x")), 404), 404, "service_unknown");
        assertError(read(post(Map.of("api_key", key, "service_code", "env-noise", "address_string", "东街",
                "description", "吵", "attribute[district]", "350102", "attribute[noise_time]", "EVENING")), 400),
                400, "attribute_invalid");
        assertError(read(post(Map.of("api_key", key, "service_code", "env-garbage", "address_string", "东街",
                "description", "垃圾", "attribute[district]", "999999")), 400), 400, "district_unknown");
    }

    @Test
    void refusesAMalformedDateFilterAndAnUnknownStatus() {
        assertError(read(api.get("/open311/v2/requests.json?start_date=yesterday", "application/json"), 400),
                400, "date_invalid");
        assertError(read(api.get("/open311/v2/requests.json?status=pending", "application/json"), 400),
                400, "status_invalid");
        assertError(read(api.get("/open311/v2/requests/12345-1999-000000.json", "application/json"), 404),
                404, "request_not_found");
        String start = URLEncoder.encode(OffsetDateTime.now().minusDays(1).toString(), StandardCharsets.UTF_8);
        assertThat(read(api.get("/open311/v2/requests.json?start_date=" + start, "application/json"), 200)
                .isArray()).isTrue();
    }

    @Test
    void refusesAMissingOrRevokedApiKey() {
        Map<String, String> request = Map.of("service_code", "env-garbage", "address_string", "东街",
                "description", "垃圾", "attribute[district]", "350102");
        assertError(read(post(request), 403), 403, "api_key_invalid");

        Page keys = admin.get("/office/hotline/api-keys");
        Matcher revoke = Pattern.compile("/office/hotline/api-keys/([0-9a-f-]{36})/revoke").matcher(keys.body());
        assertThat(revoke.find()).isTrue();
        String prefix = key.substring(0, 12);
        String id = jdbc.sql("select id::text from hotline.api_key where prefix = :p").param("p", prefix)
                .query(String.class).single();
        admin.post("/office/hotline/api-keys/" + id + "/revoke", Map.of());
        Map<String, String> withKey = new LinkedHashMap<>(request);
        withKey.put("api_key", key);

        assertError(read(post(withKey), 403), 403, "api_key_revoked");
        assertThat(jdbc.sql("select key_hash from hotline.api_key where id = :id::uuid").param("id", id)
                .query(String.class).single()).doesNotContain(key).hasSize(64);
    }

    @Test
    void answersInXmlWithTheSpecsElementNames() {
        Page services = api.get("/open311/v2/services.xml", "text/xml");
        Page definition = api.get("/open311/v2/services/env-noise.xml", "text/xml");
        Page created = api.postRaw("/open311/v2/requests.xml", Map.of("api_key", key, "service_code", "env-garbage",
                "address_string", "鼓楼区东街 & 南街路口", "description", "垃圾 <三天> 未清运",
                "attribute[district]", "350102"));
        Matcher id = Pattern.compile("<service_request_id>(12345-\\d{4}-\\d{6})</service_request_id>")
                .matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        Page read = api.get("/open311/v2/requests/" + id.group(1) + ".xml", "text/xml");
        Page refused = api.postRaw("/open311/v2/requests.xml", Map.of("api_key", "wrong"));

        assertThat(services.status()).isEqualTo(200);
        assertThat(services.headers().get("content-type").getFirst()).contains("xml");
        assertThat(services.body()).startsWith("<?xml").contains("<services><service><service_code>");
        assertThat(definition.body()).contains("<service_definition><service_code>env-noise</service_code>")
                .contains("<attributes><attribute><variable>true</variable><code>district</code>")
                .contains("<values><value><key>");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("<service_requests><request>");
        assertThat(read.body()).contains("<status>open</status>").contains("<address>鼓楼区东街 &amp; 南街路口</address>")
                .contains("垃圾 &lt;三天&gt; 未清运").contains("<media_url/>");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("<errors><error><code>403</code><description>api_key_invalid");
        assertThat(api.get("/open311/v2/services.csv", "text/csv").status()).isEqualTo(404);
    }

    private Page post(Map<String, String> fields) {
        return api.postRaw("/open311/v2/requests.json", fields);
    }

    private JsonNode read(Page page, int status) {
        assertThat(page.status()).as(page.body()).isEqualTo(status);
        return json.readTree(page.body());
    }

    private static void assertError(JsonNode errors, int code, String description) {
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(code);
        assertThat(errors.get(0).get("description").asString()).startsWith(description);
    }
}
