package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.certificate.CertificateFixture;
import org.onewindow.certificate.CertificateIssuing;
import org.onewindow.certificate.Holder;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.platform.Zones;
import org.onewindow.registry.DemoPeople;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.Person;
import org.onewindow.registry.RegistryEnrolment;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestPeople;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 免提交: a business applying for the food business licence uses its electronic business licence
 * instead of uploading it, with consent; the server checks that the certificate is the applicant's
 * and valid when the application is submitted, and the reviewing officer sees it verified.
 */
@OneWindowIntegrationTest
class CertificateReuseIntegrationTests {

    static final Pattern DRAFT = Pattern.compile("/drafts/([0-9a-f-]{36})");
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String ITEM = "food-business-licence";
    static final String CONSENT = "certificate:business_licence";

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired TestStaff staff;
    @Autowired RegistryEnrolment registry;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired CertificateIssuing issuing;
    @Autowired PersonalDataProtection protection;
    @Autowired JdbcClient jdbc;

    CertificateFixture certificates;
    WebClient portal;
    LegalEntity company;
    CertificateFixture.Issued licence;
    Department amr;

    @BeforeEach
    void aCompanyWithAnElectronicBusinessLicence() {
        directory.loadDirectoryIfAbsent();
        certificates = new CertificateFixture(issuing, staff, jdbc, protection);
        // the demo market regulation bureau issues every licence here: one signing key for the whole class
        amr = departments.byCode("amr").orElseThrow();
        Person representative = people.enrolled();
        citizens.register(representative);
        company = DemoPeople.randomLegalEntity(new SecureRandom(), representative);
        registry.enrol(company);
        portal = new WebClient(port);
        citizens.logIn(portal, representative);
        portal.get("/account");
        assertThat(portal.post("/account/business", Map.of("creditCode", company.creditCode().value()))
                .location().orElseThrow()).endsWith("/account?business");
        licence = certificates.businessLicence(amr.id(),
                Holder.business(company.creditCode(), company.name()), LocalDate.now(ChinaTime.ZONE), null);
    }

    @Test
    void withConsentTheCaseCarriesTheCertificateNotAnUploadAndTheOfficerSeesItVerified() {
        UUID draft = startDraft();
        Page form = portal.get("/drafts/" + draft);
        assertThat(form.body()).contains("免提交").contains(licence.number())
                .contains("同意调取我的电子证照").contains("name=\"" + CONSENT + "\"")
                .contains("value=\"" + licence.view().id() + "\"");

        Page done = submit(draft, List.of(upload("floor_plan"), upload("rules")), CONSENT, licence.view().id().toString());

        assertThat(done.location().orElse(done.status() + " " + done.body())).endsWith("/applications/submitted/" + draft);
        UUID caseId = caseOf(draft);
        Map<String, Object> used = jdbc.sql("select * from casework.case_certificate where application_id = :id")
                .param("id", caseId).query().singleRow();
        assertThat(used).containsEntry("certificate_id", licence.view().id())
                .containsEntry("certificate_number", licence.number()).containsEntry("material_code", "business_licence");
        assertThat(jdbc.sql("select count(*) from casework.attachment where draft_id = :d and material_code = 'business_licence'")
                .param("d", draft).query(Long.class).single()).as("no copy of the licence is uploaded").isZero();
        String receipt = jdbc.sql("select receipt_number from casework.application where id = :id").param("id", caseId)
                .query(String.class).single();

        Page wallet = portal.get("/wallet");
        assertThat(wallet.body()).contains("办事调用").contains("食品经营许可 " + receipt);
        assertThat(jdbc.sql("select count(*) from audit.entry where event = 'CERTIFICATE_REUSED' and result = 'SUCCESS'"
                        + " and object_id = :id").param("id", licence.view().id().toString()).query(Long.class).single())
                .isEqualTo(1);

        WebClient office = new WebClient(zones.officePort());
        staff.logIn(office, staff.enrolled(amr.id(), amr.region().value(), Role.WINDOW_CLERK));
        UUID task = jdbc.sql("""
                select t.id from workflow.task t join workflow.process p on p.id = t.process_id
                where p.business_key = :key""").param("key", caseId.toString()).query(UUID.class).single();
        Page page = office.get("/office/desk/tasks/" + task);
        assertThat(page.body()).contains("case-certificates")
                .contains("电子证照 营业执照 No. " + licence.number())
                .contains("核验有效")
                .contains("/office/desk/tasks/" + task + "/certificates/" + licence.view().id());
        Page shown = office.get("/office/desk/tasks/" + task + "/certificates/" + licence.view().id());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains(licence.number()).contains(company.name()).contains("certificate-verified-at")
                .contains(">有效<");
        Page pdf = office.get("/office/desk/tasks/" + task + "/certificates/" + licence.view().id() + "/pdf",
                "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        CertificateFixture.Issued unrelated = certificates.businessLicence(amr.id());
        assertThat(office.get("/office/desk/tasks/" + task + "/certificates/" + unrelated.view().id()).status())
                .as("a certificate the case does not use").isEqualTo(404);
    }

    @Test
    void withoutConsentTheUploadIsRequiredAsBefore() {
        UUID draft = startDraft();

        Page refused = submit(draft, List.of(upload("floor_plan"), upload("rules")));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("businessLicenceFile-error").contains("同意调取我的电子证照");
        assertThat(countCases(draft)).isZero();

        Page done = submit(draft, List.of(upload("business_licence")));
        assertThat(done.location().orElse(done.body())).endsWith("/applications/submitted/" + draft);
        assertThat(jdbc.sql("select count(*) from casework.case_certificate where application_id = :id")
                .param("id", caseOf(draft)).query(Long.class).single()).isZero();
    }

    @Test
    void someoneElsesCertificateIsRefusedAndNothingChanges() {
        CertificateFixture.Issued others = certificates.businessLicence(amr.id());
        UUID draft = startDraft();
        int version = version(draft);

        Page refused = submit(draft, List.of(upload("floor_plan"), upload("rules")), CONSENT, others.view().id().toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("所选电子证照不属于申请人").doesNotContain(others.number());
        assertThat(countCases(draft)).isZero();
        assertThat(jdbc.sql("select count(*) from casework.attachment where draft_id = :d").param("d", draft)
                .query(Long.class).single()).as("the files posted with it are not stored").isZero();
        assertThat(jdbc.sql("select count(*) from casework.draft_certificate where draft_id = :d").param("d", draft)
                .query(Long.class).single()).isZero();
        assertThat(version(draft)).isEqualTo(version);
        assertThat(jdbc.sql("select count(*) from certificate.verification where certificate_id = :id")
                .param("id", others.view().id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit.entry where event = 'CERTIFICATE_REUSED' and result = 'DENIED'"
                        + " and object_id = :d").param("d", draft.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCertificateRevokedBetweenDraftAndSubmissionIsRefusedClearly() {
        UUID draft = startDraft();
        Page saved = submitAs("save", draft, List.of(upload("floor_plan"), upload("rules")), CONSENT,
                licence.view().id().toString());
        assertThat(saved.location().orElse(saved.body())).contains("/drafts/" + draft + "?saved");
        assertThat(portal.get("/drafts/" + draft).body())
                .containsPattern("name=\"" + CONSENT + "\"[^>]*checked");

        revoke(licence);

        // the stored choice is checked again on the server whoever submits: here the JSON API, which posts no form
        Page api = portal.postJson("/api/applications/drafts/" + draft + "/submit", "{}", "X-CSRF-TOKEN", csrf());
        assertThat(api.status()).isEqualTo(422);
        assertThat(api.body()).contains("material_certificate_revoked").contains("businessLicenceFile");
        assertThat(countCases(draft)).isZero();

        Page byForm = submit(draft, List.of(), CONSENT, licence.view().id().toString());
        assertThat(byForm.body()).contains("您选用的电子证照已被发证部门撤销");
        assertThat(countCases(draft)).isZero();
        assertThat(jdbc.sql("select count(*) from certificate.verification where certificate_id = :id"
                        + " and channel = 'APPLICATION'").param("id", licence.view().id()).query(Long.class).single())
                .isZero();
    }

    private void revoke(CertificateFixture.Issued certificate) {
        WebClient office = new WebClient(zones.officePort());
        staff.logIn(office, staff.enrolled(amr.id(), amr.region().value(), Role.DEPARTMENT_HEAD));
        office.get("/office/certificates/" + certificate.view().id());
        Page revoked = office.post("/office/certificates/" + certificate.view().id() + "/revoke",
                Map.of("reason", "营业执照被依法吊销"));
        assertThat(revoked.location()).as(revoked.status() + " " + revoked.body()).hasValueSatisfying(l -> assertThat(l).contains("?revoked"));
    }

    private UUID startDraft() {
        portal.get("/apply/" + ITEM);
        Page created = portal.post("/drafts", Map.of("kind", "ITEM", "code", ITEM, "as", company.creditCode().value()));
        Matcher matcher = DRAFT.matcher(created.location().orElseThrow());
        assertThat(matcher.find()).as("draft created: " + created.status()).isTrue();
        return UUID.fromString(matcher.group(1));
    }

    private Page submit(UUID draft, List<WebClient.Upload> uploads, String... extra) {
        return submitAs("submit", draft, uploads, extra);
    }

    private Page submitAs(String action, UUID draft, List<WebClient.Upload> uploads, String... extra) {
        portal.get("/drafts/" + draft);
        List<String> fields = new ArrayList<>(List.of("action", action, "version", String.valueOf(version(draft)),
                "mainBusiness", "bulk", "operatingArea", "80", "foodSafetyManager", "林小华"));
        fields.addAll(List.of(extra));
        return portal.postMultipart("/drafts/" + draft, uploads, fields.toArray(String[]::new));
    }

    private static WebClient.Upload upload(String material) {
        return new WebClient.Upload("file:" + material, material + ".pdf", PDF);
    }

    private int version(UUID draft) {
        return jdbc.sql("select version from casework.draft where id = :d").param("d", draft).query(Integer.class).single();
    }

    private long countCases(UUID draft) {
        return jdbc.sql("select count(*) from casework.application where draft_id = :d").param("d", draft)
                .query(Long.class).single();
    }

    private UUID caseOf(UUID draft) {
        return jdbc.sql("select id from casework.application where draft_id = :d").param("d", draft)
                .query(UUID.class).single();
    }

    private String csrf() {
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(portal.get("/api/csrf", "application/json").body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
