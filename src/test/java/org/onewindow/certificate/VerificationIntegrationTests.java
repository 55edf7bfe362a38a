package org.onewindow.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Public verification: QR, form, API and upload; unknown, tampered, expired, superseded; records and limits. */
@OneWindowIntegrationTest
class VerificationIntegrationTests {

    @LocalServerPort int port;
    @Autowired CertificateIssuing issuing;
    @Autowired Certificates certificates;
    @Autowired TestStaff staff;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataProtection protection;
    @Autowired MutableClock clock;

    final JsonMapper json = JsonMapper.builder().build();
    CertificateFixture fixture;
    WebClient portal;

    @BeforeEach
    void fixture() {
        fixture = new CertificateFixture(issuing, staff, jdbc, protection);
        fixture.forgetRateLimitHits();
        portal = new WebClient(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        fixture.forgetRateLimitHits();
    }

    @Test
    void theQrCodeUrlSaysGenuineWithTheHolderMaskedAndNoLogin() {
        CertificateFixture.Issued issued = fixture.businessLicence(fixture.department());
        Holder holder = holderOf(issued);

        WebClient.Page page = portal.get("/verify?n=" + issued.number() + "&c=" + issued.code());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-result=\"GENUINE\"").contains(issued.number())
                .contains(holder.maskedIdentifier()).doesNotContain(holder.identifier());
        assertThat(channels(issued)).containsExactly("QR:GENUINE");
    }

    @Test
    void aNumberWithoutItsCodeRevealsNothing() throws Exception {
        CertificateFixture.Issued issued = fixture.businessLicence(fixture.department());

        JsonNode wrongCode = api("/api/verify?n=" + issued.number() + "&c=ABCDEFGHJK");
        JsonNode noSuchNumber = api("/api/verify?n=BL-1999-999999&c=ABCDEFGHJK");
        JsonNode noCode = api("/api/verify?n=" + issued.number());

        assertThat(wrongCode).isEqualTo(noSuchNumber).isEqualTo(noCode);
        assertThat(wrongCode.get("result").asString()).isEqualTo("unknown");
        assertThat(wrongCode.toString()).doesNotContain(issued.view().holderName()).doesNotContain(issued.number());
        WebClient.Page page = portal.get("/verify?via=form&n=" + issued.number() + "&c=ABCDEFGHJK");
        assertThat(page.body()).contains("data-result=\"UNKNOWN\"").doesNotContain(issued.view().holderName());
        assertThat(channels(issued)).containsExactlyInAnyOrder("API:UNKNOWN", "API:UNKNOWN", "FORM:UNKNOWN");
    }

    @Test
    void theApiAnswersGenuineWithTheCodeTypedInAnyCase() throws Exception {
        CertificateFixture.Issued issued = fixture.businessLicence(fixture.department());

        JsonNode answer = api("/api/verify?n=" + issued.number().toLowerCase() + "&c=" + issued.code().toLowerCase());

        assertThat(answer.get("result").asString()).isEqualTo("genuine");
        assertThat(answer.at("/certificate/number").asString()).isEqualTo(issued.number());
        assertThat(answer.at("/certificate/typeName").asString()).isEqualTo("营业执照");
        assertThat(answer.at("/certificate/holderIdentifier").asString()).contains("********");
    }

    @Test
    void uploadedGenuineFilesAreGenuineAndChangedOnesTampered() {
        CertificateFixture.Issued issued = fixture.businessLicence(fixture.department());
        portal.get("/verify");

        assertThat(upload("licence.pdf", issued.pdf())).contains("data-result=\"GENUINE\"");
        assertThat(upload("licence.json", issued.json().getBytes(StandardCharsets.UTF_8)))
                .contains("data-result=\"GENUINE\"");

        byte[] pdf = issued.pdf().clone();
        pdf[ThirdPartyVerificationIntegrationTests.ThirdParty.insideFirstSignedRange(pdf)] ^= 0x20;
        assertThat(upload("licence.pdf", pdf)).contains("data-result=\"TAMPERED\"");
        String forged = issued.json().replace("张伟", "李四");
        assertThat(upload("licence.json", forged.getBytes(StandardCharsets.UTF_8)))
                .contains("data-result=\"TAMPERED\"");
        assertThat(upload("other.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .contains("data-result=\"TAMPERED\"");

        assertThat(channels(issued)).containsExactlyInAnyOrder(
                "UPLOAD:GENUINE", "UPLOAD:GENUINE", "UPLOAD:TAMPERED");
        assertThat(jdbc.sql("select count(*) from audit.entry where event = 'CERTIFICATE_TAMPERING_DETECTED'"
                        + " and object_id = :id")
                .param("id", issued.view().id().toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void machinesPostADocumentWithTheSessionsCsrfToken() throws Exception {
        CertificateFixture.Issued issued = fixture.businessLicence(fixture.department());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> csrf = http.send(HttpRequest.newBuilder(uri("/api/csrf")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode token = json.readTree(csrf.body());
        String cookie = csrf.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/verify/document"))
                        .header("Content-Type", "application/pdf")
                        .header("Cookie", cookie)
                        .header(token.get("headerName").asString(), token.get("token").asString())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(issued.pdf()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json.readTree(answer.body()).get("result").asString()).isEqualTo("genuine");
    }

    @Test
    void aCertificatePastItsLastDayIsExpired() throws Exception {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        CertificateFixture.Issued issued = fixture.businessLicence(fixture.department(),
                Holder.business(CertificateFixture.randomCreditCode(), "福州市鼓楼区短期经营部"), today.minusDays(30),
                today);
        assertThat(api(verifyPath(issued)).get("result").asString()).isEqualTo("genuine");

        clock.advance(Duration.ofDays(2));

        assertThat(api(verifyPath(issued)).get("result").asString()).isEqualTo("expired");
        assertThat(certificates.validFor(holderOf(issued), "business_licence")).isEmpty();
    }

    @Test
    void aReissuedCertificateSaysSupersededAndShowsItsSuccessor() throws Exception {
        UUID department = fixture.department();
        CertificateFixture.Issued first = fixture.businessLicence(department);
        Holder holder = holderOf(first);
        Map<String, String> changed = CertificateFixture.licenceFields(holder.name());
        changed.put("address", "福建省福州市鼓楼区八一七北路 1 号");
        CertificateFixture.Issued second = fixture.issue(new IssueRequest(UUID.randomUUID(), "business_licence",
                holder, changed, LocalDate.now(ChinaTime.ZONE), null, department, first.view().id()));

        JsonNode old = api(verifyPath(first));
        assertThat(old.get("result").asString()).isEqualTo("superseded");
        assertThat(old.at("/successors/0/number").asString()).isEqualTo(second.number());
        assertThat(old.at("/successors/0/status").asString()).isEqualTo("valid");
        assertThat(api(verifyPath(second)).get("result").asString()).isEqualTo("genuine");
        assertThat(certificates.validFor(holder, "business_licence")).get()
                .extracting(CertificateView::number).isEqualTo(second.number());
        assertThat(portal.get(verifyPath(first).replace("/api", "")).body()).contains("verify-successors")
                .contains(second.number());
    }

    @Test
    void verificationsArePerAddressRateLimited() throws Exception {
        int allowed = 60;
        for (int i = 0; i < allowed; i++) {
            assertThat(api("/api/verify?n=BL-1999-000001&c=AAAAAAAAAA").get("result").asString()).isEqualTo("unknown");
        }
        HttpResponse<String> refused = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri("/api/verify?n=BL-1999-000001&c=AAAAAAAAAA")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json.readTree(refused.body()).get("code").asString()).isEqualTo("rate_limited");
        assertThat(portal.get("/verify?n=BL-1999-000001&c=AAAAAAAAAA").status()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(api("/api/verify?n=BL-1999-000001&c=AAAAAAAAAA").get("result").asString()).isEqualTo("unknown");
    }

    private String upload(String name, byte[] content) {
        WebClient.Page page = portal.postMultipart("/verify/upload", List.of(new WebClient.Upload("file", name, content)));
        portal.get("/verify");
        return page.body();
    }

    private Holder holderOf(CertificateFixture.Issued issued) {
        return certificates.byId(issued.view().id()).map(v -> new Holder(v.holderKind(), identifier(issued),
                v.holderName())).orElseThrow();
    }

    private String identifier(CertificateFixture.Issued issued) {
        int at = issued.json().indexOf("\"identifier\":\"") + 14;
        return issued.json().substring(at, issued.json().indexOf('"', at));
    }

    private List<String> channels(CertificateFixture.Issued issued) {
        return jdbc.sql("select channel || ':' || result from certificate.verification where certificate_id = :id")
                .param("id", issued.view().id())
                .query(String.class)
                .list();
    }

    private static String verifyPath(CertificateFixture.Issued issued) {
        return "/api/verify?n=" + issued.number() + "&c=" + issued.code();
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
