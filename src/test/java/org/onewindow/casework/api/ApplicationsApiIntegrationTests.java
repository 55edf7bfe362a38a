package org.onewindow.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.api.ApiClient.Answer;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.registry.DemoPeople;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.Person;
import org.onewindow.registry.RegistryEnrolment;
import org.onewindow.shared.ChinaTime;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestDesk;
import org.onewindow.support.TestPeople;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The applications JSON API, called with a portal session cookie and the CSRF header. */
@OneWindowIntegrationTest
class ApplicationsApiIntegrationTests {

    static final String ITEM = "unemployment-registration";

    @LocalServerPort int port;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired RegistryEnrolment registry;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired DemoIdentityData demoDirectory;
    @Autowired TestApplications applications;
    @Autowired TestDesk testDesk;
    @Autowired TaskDesk desk;
    @Autowired Departments departments;

    Person person;
    ApiClient api;

    @BeforeEach
    void loggedInCitizen() {
        demoDirectory.loadDirectoryIfAbsent();
        person = people.enrolled();
        api = loggedIn(person);
    }

    @Test
    void aCitizenAppliesSubmitsRetriesReadsAndWithdrawsThroughTheApi() {
        Answer created = api.post("/api/applications/drafts", Map.of("kind", "item", "code", ITEM));
        assertThat(created.status()).isEqualTo(201);
        String draft = created.body().get("id").asString();
        assertThat(created.header("location").orElseThrow()).endsWith("/api/applications/drafts/" + draft);
        assertThat(texts(created.body().get("locked"))).contains("applicantName", "applicantIdNumber");
        assertThat(created.body().get("values").get("applicantIdNumber").asString())
                .isEqualTo(person.idNumber().value());

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("applicantName", "冒名顶替");
        values.put("separationDate", yesterday());
        values.put("separationReason", "contract_end");
        values.put("education", "bachelor");
        values.put("jobWish", Map.of("not", "text"));
        values.put("favouriteColour", "blue");
        Answer saved = api.put("/api/applications/drafts/" + draft + "/values", values,
                Map.of("If-Match", "\"" + created.body().get("version").asInt() + "\""));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("ignored").valueStream()
                .map(i -> i.get("field").asString() + ":" + i.get("code").asString()))
                .containsExactlyInAnyOrder("applicantName:field_locked", "jobWish:field_type_invalid",
                        "favouriteColour:field_unknown");
        assertThat(saved.body().get("draft").get("values").get("applicantName").asString()).isEqualTo(person.name());
        assertThat(api.get("/api/applications/drafts/" + draft + "/values").body().get("education").asString())
                .isEqualTo("bachelor");

        Map<String, String> key = Map.of("Idempotency-Key", "submit-" + draft);
        Answer submitted = api.post("/api/applications/drafts/" + draft + "/submit", null, key);
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.header("Idempotent-Replayed")).contains("false");
        Answer retried = api.post("/api/applications/drafts/" + draft + "/submit", null, key);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).contains("true");
        assertThat(retried.raw().body()).isEqualTo(submitted.raw().body());
        assertThat(jdbc.sql("select count(*) from casework.application where draft_id = :d")
                .param("d", UUID.fromString(draft)).query(Long.class).single()).isEqualTo(1);

        JsonNode receipt = submitted.body().get("applications").get(0);
        String caseId = receipt.get("id").asString();
        assertThat(receipt.get("receiptNumber").asString()).startsWith(LocalDate.now(ChinaTime.ZONE).getYear() + "-");
        JsonNode detail = api.get("/api/applications/" + caseId).body();
        assertThat(detail.get("status").asString()).isEqualTo("submitted");
        assertThat(detail.get("withdrawable").asBoolean()).isTrue();
        assertThat(detail.get("itemName").asString()).isEqualTo("失业登记");
        assertThat(api.get("/api/applications").body().get("items").valueStream().map(c -> c.get("id").asString()))
                .contains(caseId);
        assertThat(api.get("/api/applications/drafts").body().get("items").valueStream()
                .map(d -> d.get("id").asString())).doesNotContain(draft);

        Answer withdrawn = api.post("/api/applications/" + caseId + "/withdraw", null);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asString()).isEqualTo("withdrawn");
        Answer again = api.post("/api/applications/" + caseId + "/withdraw", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("withdraw_not_allowed");
        assertThat(api.get("/api/applications/" + caseId + "/timeline").body().get("entries").valueStream()
                .map(e -> e.get("kind").asString())).containsExactly("submitted", "withdrawn");
        assertThat(api.put("/api/applications/drafts/" + draft + "/values", Map.of(), Map.of()).code())
                .isEqualTo("draft_already_submitted");
    }

    /**
     * A joint case: each department's review is on the applicant's timeline, read from the
     * workflow's history (casework keeps no copy), between the acceptance and the decision.
     */
    @Test
    void theTimelineShowsEachDepartmentsReviewBetweenAcceptanceAndDecision() {
        Person founder = people.enrolled();
        ApiClient mine = loggedIn(founder);
        UUID caseId = applications.businessEstablishment(port, founder);
        String key = caseId.toString();
        TaskView accept = testDesk.open(key, NodeKind.ACCEPT).getFirst();
        desk.act(testDesk.officer("amr", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        assertThat(mine.get("/api/applications/" + caseId).body().get("status").asString()).isEqualTo("accepted");

        List<TaskView> branches = testDesk.open(key, NodeKind.PARALLEL);
        assertThat(branches).as("a joint case: several departments review it at once").hasSizeGreaterThanOrEqualTo(3);
        List<String> reviewers = branches.stream()
                .map(branch -> departments.byId(branch.departmentId()).orElseThrow())
                .map(Department::name)
                .toList();
        for (TaskView branch : branches) {
            String code = departments.byId(branch.departmentId()).orElseThrow().code();
            desk.act(testDesk.officer(code, Role.REVIEWER), branch.id(), branch.version(), new TaskAction.Approve(null));
            assertThat(mine.get("/api/applications/" + caseId).body().get("status").asString())
                    .as("under review from the first department's review on").isEqualTo("under_review");
        }
        TaskView decide = testDesk.open(key, NodeKind.DECIDE).getFirst();
        desk.act(testDesk.officer("amr", Role.APPROVER), decide.id(), decide.version(), new TaskAction.Approve(null));

        Answer timeline = mine.get("/api/applications/" + caseId + "/timeline");
        assertThat(timeline.status()).isEqualTo(200);
        List<JsonNode> entries = timeline.body().get("entries").valueStream().toList();
        assertThat(entries).extracting(e -> e.get("kind").asString())
                .startsWith("submitted")
                .filteredOn(kind -> kind.equals("accepted") || kind.startsWith("reviewed_") || kind.startsWith("decided_"))
                .containsExactlyElementsOf(java.util.stream.Stream.of(
                                java.util.stream.Stream.of("accepted"),
                                branches.stream().map(branch -> "reviewed_approved"),
                                java.util.stream.Stream.of("decided_approved"))
                        .flatMap(kinds -> kinds)
                        .toList());
        assertThat(entries).filteredOn(e -> e.get("kind").asString().equals("reviewed_approved"))
                .extracting(e -> e.get("actorName").asString())
                .as("each review by its department's name, in the order they reviewed")
                .containsExactlyElementsOf(reviewers);
        assertThat(entries).extracting(e -> e.get("at").asString()).extracting(java.time.Instant::parse)
                .as("oldest first").isSorted();
        assertThat(jdbc.sql("select count(*) from casework.timeline where application_id = :id and event_ref like 'task:%'")
                .param("id", caseId).query(Long.class).single())
                .as("no copy of the reviews in casework.timeline").isZero();
    }

    @Test
    void missingAndInvalidFieldsAnswer422WithTheirCodesAndCreateNothing() {
        String draft = newDraft();
        api.put("/api/applications/drafts/" + draft + "/values",
                Map.of("separationDate", "2099-01-01", "separationReason", "not-a-reason"), Map.of());

        Answer refused = api.post("/api/applications/drafts/" + draft + "/submit", null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("validation_failed");
        assertThat(refused.body().get("errors").valueStream()
                .map(e -> e.get("field").asString() + ":" + e.get("code").asString()))
                .contains("education:field_required")
                .anyMatch(e -> e.startsWith("separationDate:"))
                .anyMatch(e -> e.startsWith("separationReason:"));
        assertThat(jdbc.sql("select count(*) from casework.application where draft_id = :d")
                .param("d", UUID.fromString(draft)).query(Long.class).single()).isZero();
    }

    @Test
    void anotherCitizensCaseAndDraftAreNotFound() {
        String draft = newDraft();
        fill(draft);
        String caseId = api.post("/api/applications/drafts/" + draft + "/submit", null).body()
                .get("applications").get(0).get("id").asString();
        String openDraft = newDraft();
        ApiClient stranger = loggedIn(people.enrolled());

        assertThat(stranger.get("/api/applications/" + caseId).code()).isEqualTo("application_not_found");
        assertThat(stranger.get("/api/applications/" + caseId + "/timeline").status()).isEqualTo(404);
        assertThat(stranger.post("/api/applications/" + caseId + "/withdraw", null).status()).isEqualTo(404);
        assertThat(stranger.get("/api/applications/drafts/" + openDraft).code()).isEqualTo("draft_not_found");
        assertThat(stranger.put("/api/applications/drafts/" + openDraft + "/values", Map.of("education", "senior"),
                Map.of()).status()).isEqualTo(404);
        assertThat(stranger.post("/api/applications/drafts/" + openDraft + "/submit", null).status()).isEqualTo(404);
        assertThat(stranger.get("/api/applications/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(stranger.get("/api/applications/not-a-uuid").code()).isEqualTo("application_not_found");
        assertThat(api.get("/api/applications/" + caseId).status()).isEqualTo(200);
    }

    @Test
    void withoutALoginTheApiAnswers401WhateverTheClientAccepts() {
        ApiClient anonymous = new ApiClient(port, json, null);
        Answer refused = anonymous.get("/api/applications");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("login_required");
        assertThat(anonymous.get("/api/applications/drafts").status()).isEqualTo(401);
    }

    @Test
    void aMutatingCallWithoutTheCsrfTokenIsRefused() {
        Answer forged = api.postWithoutCsrf("/api/applications/drafts", Map.of("kind", "item", "code", ITEM));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.code()).isEqualTo("csrf_token_invalid");
        String draft = newDraft();
        assertThat(api.putWithoutCsrf("/api/applications/drafts/" + draft + "/values", Map.of("education", "senior"))
                .status()).isEqualTo(403);
        assertThat(api.get("/api/applications/drafts/" + draft).body().get("values").has("education")).isFalse();
    }

    @Test
    void casesArePagedByKeysetNewestFirst() {
        for (int i = 0; i < 3; i++) {
            String draft = newDraft();
            fill(draft);
            assertThat(api.post("/api/applications/drafts/" + draft + "/submit", null).status()).isEqualTo(201);
        }
        JsonNode first = api.get("/api/applications?size=2").body();
        assertThat(first.get("items")).hasSize(2);
        JsonNode second = api.get("/api/applications?size=2&cursor=" + first.get("nextCursor").asString()).body();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(second.get("items").get(0).get("submittedAt").asString())
                .isLessThanOrEqualTo(first.get("items").get(1).get("submittedAt").asString());
        assertThat(api.get("/api/applications?cursor=bogus").code()).isEqualTo("cursor_invalid");
        assertThat(api.get("/api/applications?size=0").code()).isEqualTo("page_invalid");
    }

    @Test
    void aStaleSaveIsRefusedAsDraftChanged() {
        String draft = newDraft();
        api.put("/api/applications/drafts/" + draft + "/values", Map.of("jobWish", "厨师"), Map.of());
        Answer stale = api.put("/api/applications/drafts/" + draft + "/values", Map.of("jobWish", "面点师"),
                Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("draft_changed");
    }

    @Test
    void unknownTargetsBusinessesAndWithdrawnItemsAnswerTheirCodes() {
        assertThat(api.post("/api/applications/drafts", Map.of("kind", "item", "code", "no-such-item")).code())
                .isEqualTo("item_not_found");
        assertThat(api.post("/api/applications/drafts", Map.of("kind", "bundle", "code", "no-such-bundle")).code())
                .isEqualTo("bundle_not_found");
        assertThat(api.post("/api/applications/drafts", Map.of("kind", "form", "code", ITEM)).code())
                .isEqualTo("kind_invalid");
        assertThat(api.post("/api/applications/drafts", "[not json").code()).isEqualTo("body_invalid");
        LegalEntity someoneElses = DemoPeople.randomLegalEntity(new Random(), people.enrolled());
        registry.enrol(someoneElses);
        Answer notTheirs = api.post("/api/applications/drafts",
                Map.of("kind", "item", "code", "tax-info-confirmation", "business", someoneElses.creditCode().value()));
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.code()).isEqualTo("business_not_found");

        String draft = newDraft();
        jdbc.sql("update casework.draft set target_code = 'retired-item' where id = :d")
                .param("d", UUID.fromString(draft)).update();
        Answer gone = api.post("/api/applications/drafts/" + draft + "/submit", null);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.code()).isEqualTo("item_withdrawn");
    }

    @Test
    void aBundleSubmissionCreatesOneLinkedCasePerItem() {
        String draft = api.post("/api/applications/drafts", Map.of("kind", "bundle", "code", "newborn")).body()
                .get("id").asString();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("personName", "林小宝");
        values.put("personGender", "male");
        values.put("personBirthDate", LocalDate.now(ChinaTime.ZONE).toString());
        values.put("motherName", person.name());
        values.put("motherIdNumber", person.idNumber().value());
        values.put("birthWeight", 3350);
        values.put("birthHospital", "fjmch");
        values.put("nationality", "han");
        values.put("insuredCategory", "newborn");
        values.put("cardBank", "icbc");
        values.put("pickup", "window");
        assertThat(api.put("/api/applications/drafts/" + draft + "/values", values, Map.of()).status()).isEqualTo(200);

        Answer submitted = api.post("/api/applications/drafts/" + draft + "/submit", null);

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.body().get("applications").valueStream().map(c -> c.get("itemCode").asString()))
                .containsExactly("birth-medical-certificate", "birth-registration", "resident-medical-insurance",
                        "social-security-card");
        String oneCase = submitted.body().get("applications").get(0).get("id").asString();
        JsonNode detail = api.get("/api/applications/" + oneCase).body();
        assertThat(detail.get("bundleSubmissionId").isNull()).isFalse();
        assertThat(detail.get("bundleCases")).hasSize(3);
        assertThat(detail.get("department").get("name").asString()).isNotBlank();
    }

    @Test
    void aLegalRepresentativeStartsADraftForTheBusinessWithItsDataLocked() {
        LegalEntity company = DemoPeople.randomLegalEntity(new Random(), person);
        registry.enrol(company);
        WebClient portal = new WebClient(port);
        citizens.logIn(portal, person);
        portal.get("/account");
        portal.post("/account/business", Map.of("creditCode", company.creditCode().value()));
        ApiClient representative = new ApiClient(port, json, portal.cookie("OW_PORTAL_SESSION").orElseThrow());

        Answer created = representative.post("/api/applications/drafts",
                Map.of("kind", "item", "code", "tax-info-confirmation", "business", company.creditCode().value()));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("businessCreditCode").asString()).isEqualTo(company.creditCode().value());
        assertThat(created.body().get("values").valueStream().map(JsonNode::asString))
                .contains(company.creditCode().value());
    }

    private ApiClient loggedIn(Person someone) {
        citizens.register(someone);
        WebClient portal = new WebClient(port);
        citizens.logIn(portal, someone);
        return new ApiClient(port, json, portal.cookie("OW_PORTAL_SESSION").orElseThrow());
    }

    private String newDraft() {
        Answer created = api.post("/api/applications/drafts", Map.of("kind", "item", "code", ITEM));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private void fill(String draft) {
        Answer saved = api.put("/api/applications/drafts/" + draft + "/values", Map.of("separationDate", yesterday(),
                "separationReason", "resigned", "education", "senior"), Map.of());
        assertThat(saved.status()).isEqualTo(200);
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String yesterday() {
        return LocalDate.now(ChinaTime.ZONE).minusDays(1).toString();
    }
}
