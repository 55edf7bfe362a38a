package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.registry.DataAccessLog;
import org.onewindow.registry.Person;
import org.onewindow.registry.ReadPurpose;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestPeople;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.onewindow.support.WebClient.Upload;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class ApplyingIntegrationTests {

    static final String ITEM = "unemployment-registration";
    static final Pattern DRAFT = Pattern.compile("/drafts/([0-9a-f-]{36})");

    @LocalServerPort int port;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired DataAccessLog accessLog;
    @Autowired JdbcClient jdbc;

    WebClient portal;
    Person person;

    @BeforeEach
    void loggedInCitizen() {
        person = people.enrolled();
        citizens.register(person);
        portal = new WebClient(port);
        citizens.logIn(portal, person);
    }

    @Test
    void theFormComesPrefilledAndLockedFromThePopulationRegistry() {
        UUID draft = startDraft(ITEM);
        Page form = portal.get("/drafts/" + draft);
        assertThat(form.body())
                .contains("value=\"" + person.name() + "\"")
                .contains("value=\"" + person.idNumber().value() + "\"")
                .contains("来自政府登记信息");
        assertThat(accessLog.readsOf(person.idNumber(), null, 10))
                .anySatisfy(read -> assertThat(read.purpose()).isEqualTo(ReadPurpose.APPLICATION_PREFILL));
    }

    @Test
    void aSubmittedApplicationGetsAReceiptAndWaitsAsSubmitted() {
        UUID draft = startDraft(ITEM);
        Page submitted = submit(draft, "separationDate", yesterday(), "separationReason", "contract_end",
                "education", "bachelor");
        assertThat(submitted.location().orElseThrow()).endsWith("/applications/submitted/" + draft);
        Page receipt = portal.get("/applications/submitted/" + draft);
        Matcher number = Pattern.compile("(\\d{4}-\\d+-\\d{8})").matcher(receipt.body());
        assertThat(number.find()).isTrue();
        assertThat(number.group(1)).startsWith(LocalDate.now(ChinaTime.ZONE).getYear() + "-");
        assertThat(statusOf(draft)).containsExactly("SUBMITTED");
        // The case's id is time-ordered (UUID version 7) and carries the millisecond it was submitted in.
        UUID caseId = caseIdOf(draft);
        java.time.Instant submittedAt = jdbc.sql("select submitted_at from casework.application where id = :id")
                .param("id", caseId).query(java.time.OffsetDateTime.class).single().toInstant();
        assertThat(caseId.version()).isEqualTo(7);
        assertThat(caseId.getMostSignificantBits() >>> 16).isEqualTo(submittedAt.toEpochMilli());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(portal.get("/inbox").body()).contains(number.group(1)));
        assertThat(jdbc.sql("select count(*) from notification.inbox where ref = :ref")
                .param("ref", "submitted:" + caseIdOf(draft)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDoubleSubmissionReturnsTheSameCase() {
        UUID draft = startDraft(ITEM);
        submit(draft, "separationDate", yesterday(), "separationReason", "resigned", "education", "senior");
        Page again = submit(draft, "separationDate", yesterday(), "separationReason", "resigned", "education", "senior");
        assertThat(again.location().orElseThrow()).endsWith("/applications/submitted/" + draft);
        assertThat(statusOf(draft)).hasSize(1);
    }

    @Test
    void missingAndInvalidFieldsAreNamedAndNothingIsCreated() {
        UUID draft = startDraft(ITEM);
        Page refused = submit(draft, "separationDate", "2099-01-01", "separationReason", "not-a-reason");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("separationDate-error").contains("separationReason-error")
                .contains("education-error").contains("error-summary");
        assertThat(statusOf(draft)).isEmpty();
    }

    @Test
    void aTamperedLockedFieldDoesNotOverwriteTheRegistryValue() {
        UUID draft = startDraft(ITEM);
        submit(draft, "applicantName", "冒名顶替", "applicantIdNumber", "11010519491231002X",
                "separationDate", yesterday(), "separationReason", "dismissed", "education", "college");
        String stored = jdbc.sql("select values_enc from casework.application where draft_id = :d")
                .param("d", draft).query(String.class).single();
        assertThat(stored).doesNotContain(person.name()).startsWith("v1:");
        Page detail = portal.get("/applications/" + caseIdOf(draft));
        assertThat(detail.status()).isEqualTo(200);
        assertThat(jdbc.sql("select applicant_name from casework.application where draft_id = :d")
                .param("d", draft).query(String.class).single()).isEqualTo(person.name());
    }

    @Test
    void aDraftIsSavedAndResumedLater() {
        UUID draft = startDraft(ITEM);
        portal.get("/drafts/" + draft);
        portal.postMultipart("/drafts/" + draft, List.of(), "action", "save", "version", "0", "jobWish", "面点师傅");
        WebClient nextDay = new WebClient(port);
        citizens.logIn(nextDay, person);
        assertThat(nextDay.get("/applications").body()).contains("/drafts/" + draft);
        assertThat(nextDay.get("/drafts/" + draft).body()).contains("面点师傅");
    }

    @Test
    void anotherCitizensDraftOrCaseIsNotFound() {
        UUID draft = startDraft(ITEM);
        submit(draft, "separationDate", yesterday(), "separationReason", "resigned", "education", "senior");
        UUID otherDraft = startDraft(ITEM);
        Person stranger = people.enrolled();
        citizens.register(stranger);
        WebClient other = new WebClient(port);
        citizens.logIn(other, stranger);
        assertThat(other.get("/drafts/" + otherDraft).status()).isEqualTo(404);
        assertThat(other.get("/applications/" + caseIdOf(draft)).status()).isEqualTo(404);
        assertThat(other.get("/applications/" + caseIdOf(draft) + "/receipt.pdf").status()).isEqualTo(404);
    }

    @Test
    void anApplicantWithdrawsBeforeAcceptanceOnce() {
        UUID draft = startDraft(ITEM);
        submit(draft, "separationDate", yesterday(), "separationReason", "resigned", "education", "senior");
        UUID caseId = caseIdOf(draft);
        portal.get("/applications/" + caseId);
        assertThat(portal.post("/applications/" + caseId + "/withdraw", java.util.Map.of()).location().orElseThrow())
                .endsWith("?withdrawn");
        assertThat(statusOf(draft)).containsExactly("WITHDRAWN");
        portal.get("/applications/" + caseId);
        assertThat(portal.post("/applications/" + caseId + "/withdraw", java.util.Map.of()).body())
                .contains("不能再撤回");
    }

    @Test
    void theReceiptIsARealPdf() {
        UUID draft = startDraft(ITEM);
        submit(draft, "separationDate", yesterday(), "separationReason", "resigned", "education", "senior");
        Page pdf = portal.get("/applications/" + caseIdOf(draft) + "/receipt.pdf", "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void uploadsAreCheckedByTypeAndContent() {
        UUID draft = startDraft("unemployment-benefit");
        portal.get("/drafts/" + draft);
        byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        Page disguised = portal.postMultipart("/drafts/" + draft,
                List.of(new Upload("file:separation_certificate", "证明.pdf", exe)), "action", "save", "version", "0");
        assertThat(disguised.body()).contains("文件内容与扩展名不符");
        Page wrongType = portal.postMultipart("/drafts/" + draft,
                List.of(new Upload("file:separation_certificate", "setup.exe", exe)), "action", "save", "version", "1");
        assertThat(wrongType.body()).contains("只能上传 PDF、JPG 或 PNG 文件");
        Page good = portal.postMultipart("/drafts/" + draft,
                List.of(new Upload("file:separation_certificate", "../../etc/证明.pdf", pdf)), "action", "save",
                "version", "2");
        assertThat(good.location().orElseThrow()).endsWith("?saved");
        assertThat(jdbc.sql("select file_name from casework.attachment where draft_id = :d")
                .param("d", draft).query(String.class).list()).containsExactly("证明.pdf");
        assertThat(jdbc.sql("select count(*) from audit.entry where event = 'ATTACHMENT_REJECTED' and object_id = :d")
                .param("d", draft.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anOversizedUploadIsRefusedWithAClearMessageAndLeavesNoFile() {
        UUID draft = startDraft("unemployment-benefit");
        portal.get("/drafts/" + draft);
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        Page refused = portal.postMultipart("/drafts/" + draft,
                List.of(new Upload("file:separation_certificate", "大文件.pdf", big)), "action", "save", "version", "0");
        assertThat(refused.location().orElseThrow()).endsWith("/drafts/" + draft + "?error=file_too_large");
        assertThat(portal.get(refused.location().orElseThrow().replaceFirst("^http://[^/]+", "")).body())
                .contains("文件太大");
        assertThat(attachmentsOf(draft)).isZero();
    }

    @Test
    void archivesEmptyFilesAndTooManyFilesAreRefused() {
        UUID draft = startDraft("unemployment-benefit");
        portal.get("/drafts/" + draft);
        byte[] zip = new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertThat(portal.postMultipart("/drafts/" + draft,
                        List.of(new Upload("file:separation_certificate", "bomb.zip", zip)), "action", "save", "version", "0")
                .body()).contains("只能上传 PDF、JPG 或 PNG 文件");
        assertThat(portal.postMultipart("/drafts/" + draft,
                        List.of(new Upload("file:separation_certificate", "empty.pdf", new byte[0])), "action", "save",
                        "version", "0")
                .body()).contains("文件是空的");
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        List<Upload> many = java.util.stream.IntStream.range(0, 31)
                .mapToObj(i -> new Upload("file:separation_certificate", "p" + i + ".pdf", pdf)).toList();
        Page tooMany = portal.postMultipart("/drafts/" + draft, many, "action", "save", "version", "0");
        assertThat(tooMany.body()).contains("上传的文件太多");
        assertThat(attachmentsOf(draft)).isEqualTo(30);
    }

    private long attachmentsOf(UUID draft) {
        return jdbc.sql("select count(*) from casework.attachment where draft_id = :d and removed_at is null")
                .param("d", draft).query(Long.class).single();
    }

    private UUID startDraft(String item) {
        portal.get("/apply/" + item);
        Page created = portal.post("/drafts", java.util.Map.of("kind", "ITEM", "code", item));
        Matcher matcher = DRAFT.matcher(created.location().orElseThrow());
        assertThat(matcher.find()).isTrue();
        return UUID.fromString(matcher.group(1));
    }

    private Page submit(UUID draft, String... fields) {
        portal.get("/drafts/" + draft);
        String[] all = new String[fields.length + 2];
        all[0] = "action";
        all[1] = "submit";
        System.arraycopy(fields, 0, all, 2, fields.length);
        return portal.postMultipart("/drafts/" + draft, List.of(), all);
    }

    private List<String> statusOf(UUID draft) {
        return jdbc.sql("select status from casework.application where draft_id = :d").param("d", draft)
                .query(String.class).list();
    }

    private UUID caseIdOf(UUID draft) {
        return jdbc.sql("select id from casework.application where draft_id = :d").param("d", draft)
                .query(UUID.class).single();
    }

    private static String yesterday() {
        return LocalDate.now(ChinaTime.ZONE).minusDays(1).toString();
    }
}
