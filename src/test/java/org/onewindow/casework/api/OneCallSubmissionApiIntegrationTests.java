package org.onewindow.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.api.ApiClient.Answer;
import org.onewindow.casework.api.ApiClient.FilePart;
import org.onewindow.registry.DataAccessLog;
import org.onewindow.registry.DemoPeople;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.Person;
import org.onewindow.registry.ReadPurpose;
import org.onewindow.registry.RegistryEnrolment;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestPeople;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code POST /api/applications}: a whole application created and submitted in one idempotent call. */
@OneWindowIntegrationTest
class OneCallSubmissionApiIntegrationTests {

    static final String ITEM = "unemployment-registration";
    static final String PENSION = "pension-approval";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort int port;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired RegistryEnrolment registry;
    @Autowired DataAccessLog accessLog;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    final Map<String, UUID> ids = new HashMap<>();
    Person person;
    ApiClient api;

    @BeforeEach
    void loggedInCitizen() {
        person = people.enrolled();
        api = loggedIn(person);
    }

    @Test
    void oneCallCreatesTheCaseWithPrefillAuditAndEventAndARetryAnswersTheSameReceipt() {
        String key = "client-" + UUID.randomUUID();

        Answer submitted = api.post("/api/applications", application(ITEM, unemploymentValues()), key(key));

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.header("Idempotent-Replayed")).contains("false");
        assertThat(submitted.header("Idempotency-Key")).contains(key);
        JsonNode receipt = submitted.body().get("applications").get(0);
        String caseId = receipt.get("id").asString();
        assertThat(receipt.get("itemCode").asString()).isEqualTo(ITEM);
        assertThat(receipt.get("receiptNumber").asString()).startsWith(LocalDate.now(ChinaTime.ZONE).getYear() + "-");
        JsonNode detail = api.get("/api/applications/" + caseId).body();
        assertThat(detail.get("status").asString()).isEqualTo("submitted");
        assertThat(submittedDraft(UUID.fromString(submitted.body().get("draftId").asString())))
                .as("the draft, stored only once submitted, as submitted (version 1)").isEqualTo("1");
        assertThat(draftsOf(person)).isEqualTo(1);
        assertThat(auditEntries("APPLICATION_SUBMITTED", receipt.get("receiptNumber").asString())).isEqualTo(1);
        assertThat(accessLog.readsOf(person.idNumber(), null, 10))
                .anySatisfy(read -> assertThat(read.purpose()).isEqualTo(ReadPurpose.APPLICATION_PREFILL));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.sql("select count(*) from notification.inbox where ref = :ref")
                        .param("ref", "submitted:" + caseId).query(Long.class).single()).isEqualTo(1));

        Answer retried = api.post("/api/applications", application(ITEM, unemploymentValues()), key(key));

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).contains("true");
        assertThat(retried.raw().body()).isEqualTo(submitted.raw().body());
        assertThat(casesOf(person)).isEqualTo(1);
    }

    @Test
    void everyFieldErrorIsAnsweredAtOnceAndNothingIsStored() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("applicantName", "冒名顶替");
        values.put("separationDate", "2099-01-01");
        values.put("separationReason", "contract_end");
        values.put("favouriteColour", "blue");
        values.put("jobWish", Map.of("not", "text"));
        String key = "bad-" + UUID.randomUUID();

        Answer refused = api.post("/api/applications", application(ITEM, values), key(key));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("validation_failed");
        assertThat(refused.body().get("errors").valueStream()
                .map(e -> e.get("field").asString() + ":" + e.get("code").asString()))
                .contains("applicantName:field_locked", "favouriteColour:field_unknown", "jobWish:field_type_invalid",
                        "education:field_required")
                .anyMatch(e -> e.startsWith("separationDate:"));
        assertThat(draftsOf(person)).isZero();
        assertThat(casesOf(person)).isZero();

        Answer corrected = api.post("/api/applications", application(ITEM, unemploymentValues()), key(key));
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(casesOf(person)).isEqualTo(1);
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefusedAndAKeyIsRequired() {
        String key = "reused-" + UUID.randomUUID();
        assertThat(api.post("/api/applications", application(ITEM, unemploymentValues()), key(key)).status())
                .isEqualTo(201);
        Map<String, Object> other = new LinkedHashMap<>(unemploymentValues());
        other.put("education", "senior");

        Answer reused = api.post("/api/applications", application(ITEM, other), key(key));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("idempotency_key_reused");
        assertThat(api.post("/api/applications", application(ITEM, unemploymentValues()), Map.of()).code())
                .isEqualTo("idempotency_key_required");
        assertThat(api.post("/api/applications", application(ITEM, unemploymentValues()), key("with space")).code())
                .isEqualTo("idempotency_key_invalid");
        assertThat(api.post("/api/applications", application("no-such-item", unemploymentValues()),
                key("x-" + UUID.randomUUID())).code()).isEqualTo("item_not_found");
        assertThat(casesOf(person)).isEqualTo(1);
        assertThat(draftsOf(person)).isEqualTo(1);
    }

    @Test
    void twoConcurrentRequestsWithOneKeyCreateOneCase() {
        String key = "double-" + UUID.randomUUID();
        Map<String, Object> body = application(ITEM, unemploymentValues());
        api.get("/api/csrf");

        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> api.post("/api/applications", body,
                key(key)));
        CompletableFuture<Answer> second = CompletableFuture.supplyAsync(() -> api.post("/api/applications", body,
                key(key)));

        List<Answer> answers = List.of(first.join(), second.join());
        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(201, 200);
        assertThat(answers.get(0).raw().body()).isEqualTo(answers.get(1).raw().body());
        assertThat(casesOf(person)).isEqualTo(1);
    }

    @Test
    void anotherCitizenWithTheSameKeyGetsTheirOwnCaseNeverTheFirstOnesAndNoOneElsesBusiness() {
        String key = "shared-" + UUID.randomUUID();
        Answer mine = api.post("/api/applications", application(ITEM, unemploymentValues()), key(key));
        Person stranger = people.enrolled();
        ApiClient theirs = loggedIn(stranger);

        Answer theirAnswer = theirs.post("/api/applications", application(ITEM, unemploymentValues()), key(key));

        assertThat(theirAnswer.status()).isEqualTo(201);
        String theirCase = theirAnswer.body().get("applications").get(0).get("id").asString();
        assertThat(theirCase).isNotEqualTo(mine.body().get("applications").get(0).get("id").asString());
        assertThat(api.get("/api/applications/" + theirCase).status()).isEqualTo(404);
        assertThat(casesOf(stranger)).isEqualTo(1);

        LegalEntity someoneElses = DemoPeople.randomLegalEntity(new Random(), people.enrolled());
        registry.enrol(someoneElses);
        Map<String, Object> forBusiness = new LinkedHashMap<>(application("tax-info-confirmation", Map.of()));
        forBusiness.put("business", someoneElses.creditCode().value());
        Answer notTheirs = theirs.post("/api/applications", forBusiness, key("biz-" + UUID.randomUUID()));
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.code()).isEqualTo("business_not_found");
    }

    @Test
    void filesComeAsPartsNamedByTheirFieldCheckedAndAuditedLikeOnThePage() {
        Answer submitted = api.postMultipart("/api/applications", "application", application(PENSION, pension()),
                List.of(new FilePart("specialJobFile", "特殊工种证明.pdf", "application/pdf", PDF)),
                key("pdf-" + UUID.randomUUID()));

        assertThat(submitted.status()).isEqualTo(201);
        UUID draft = UUID.fromString(submitted.body().get("draftId").asString());
        List<String> stored = jdbc.sql("select id::text from casework.attachment where draft_id = :d")
                .param("d", draft).query(String.class).list();
        assertThat(stored).hasSize(1);
        assertThat(auditEntries("ATTACHMENT_UPLOADED", stored.getFirst())).isEqualTo(1);
        assertThat(submittedDraft(draft)).as("stored before its file, then marked submitted").isEqualTo("1");
    }

    @Test
    void aDisguisedFileOrAnyOtherErrorLeavesNoFileBehind() {
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        long rejectedBefore = auditEntries("ATTACHMENT_REJECTED");

        Answer disguised = api.postMultipart("/api/applications", "application", application(PENSION, pension()),
                List.of(new FilePart("specialJobFile", "证明.pdf", "application/pdf", exe)),
                key("exe-" + UUID.randomUUID()));

        assertThat(disguised.status()).isEqualTo(422);
        assertThat(disguised.body().get("errors").valueStream()
                .map(e -> e.get("field").asString() + ":" + e.get("code").asString()))
                .containsExactly("specialJobFile:file_content_mismatch");
        assertThat(auditEntries("ATTACHMENT_REJECTED")).isEqualTo(rejectedBefore + 1);

        String name = "好文件-" + UUID.randomUUID() + ".pdf";
        Map<String, Object> incomplete = new LinkedHashMap<>(pension());
        incomplete.remove("retirementDate");
        Answer refused = api.postMultipart("/api/applications", "application", application(PENSION, incomplete),
                List.of(new FilePart("specialJobFile", name, "application/pdf", PDF)),
                key("incomplete-" + UUID.randomUUID()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("retirementDate");
        assertThat(jdbc.sql("select count(*) from casework.attachment where file_name = :n").param("n", name)
                .query(Long.class).single()).isZero();
        assertThat(draftsOf(person)).isZero();
    }

    @Test
    void withoutCsrfOrLoginNothingIsSubmitted() {
        Answer forged = api.postWithoutCsrf("/api/applications", application(ITEM, unemploymentValues()));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.code()).isEqualTo("csrf_token_invalid");
        ApiClient anonymous = new ApiClient(port, json, null);
        assertThat(anonymous.post("/api/applications", application(ITEM, unemploymentValues()),
                key("anon-" + UUID.randomUUID())).status()).isEqualTo(401);
        assertThat(draftsOf(person)).isZero();
    }

    @Test
    void theOpenApiDocumentDescribesTheJsonAndTheMultipartForm() {
        JsonNode post = new ApiClient(port, json, null).get("/v3/api-docs").body()
                .get("paths").get("/api/applications").get("post");

        assertThat(post.get("requestBody").get("content").propertyNames())
                .contains("application/json", "multipart/form-data");
        assertThat(post.get("responses").propertyNames())
                .contains("200", "201", "400", "401", "403", "404", "413", "422");
        assertThat(post.get("security").get(0).propertyNames()).containsExactlyInAnyOrder("session", "csrf");
        assertThat(post.get("parameters").valueStream().map(p -> p.get("name").asString()))
                .contains("Idempotency-Key");
    }

    private static Map<String, Object> application(String code, Map<String, Object> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "item");
        body.put("code", code);
        body.put("values", values);
        return body;
    }

    private static Map<String, Object> unemploymentValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("separationDate", LocalDate.now(ChinaTime.ZONE).minusDays(1).toString());
        values.put("separationReason", "contract_end");
        values.put("education", "bachelor");
        return values;
    }

    /** A special-job pension claim, which needs the special-job proof as a file. */
    private static Map<String, Object> pension() {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("retirementDate", today.minusDays(10).toString());
        values.put("employerName", "马尾造船厂");
        values.put("retirementType", "special_job");
        values.put("specialJobYears", 12);
        values.put("workHistory", List.of(Map.of("fromDate", "1990-03-01", "toDate", today.minusDays(11).toString(),
                "employer", "马尾造船厂", "position", "焊工")));
        return values;
    }

    private static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    private long casesOf(Person someone) {
        return jdbc.sql("select count(*) from casework.application where applicant_id = :a")
                .param("a", citizenId(someone)).query(Long.class).single();
    }

    private long draftsOf(Person someone) {
        return jdbc.sql("select count(*) from casework.draft where applicant_id = :a")
                .param("a", citizenId(someone)).query(Long.class).single();
    }

    /** The draft's version if it is stored as submitted (empty otherwise). */
    private String submittedDraft(UUID draft) {
        return jdbc.sql("select version::text from casework.draft where id = :d and submitted_at is not null")
                .param("d", draft).query(String.class).optional().orElse("");
    }

    private UUID citizenId(Person someone) {
        return ids.get(someone.idNumber().value());
    }

    private long auditEntries(String event) {
        return jdbc.sql("select count(*) from audit.entry where event = :e").param("e", event).query(Long.class).single();
    }

    private long auditEntries(String event, String objectId) {
        return jdbc.sql("select count(*) from audit.entry where event = :e and object_id = :o")
                .param("e", event).param("o", objectId).query(Long.class).single();
    }

    private ApiClient loggedIn(Person someone) {
        ids.put(someone.idNumber().value(), citizens.register(someone));
        WebClient portal = new WebClient(port);
        citizens.logIn(portal, someone);
        return new ApiClient(port, json, portal.cookie("OW_PORTAL_SESSION").orElseThrow());
    }
}
