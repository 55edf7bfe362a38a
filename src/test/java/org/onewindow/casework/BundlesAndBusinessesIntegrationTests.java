package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.registry.DemoPeople;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.Person;
import org.onewindow.registry.RegistryEnrolment;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestPeople;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class BundlesAndBusinessesIntegrationTests {

    static final Pattern DRAFT = Pattern.compile("/drafts/([0-9a-f-]{36})");

    @LocalServerPort int port;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired RegistryEnrolment registry;
    @Autowired JdbcClient jdbc;

    WebClient portal;
    Person parent;
    UUID parentAccount;

    @Autowired org.onewindow.identity.internal.demo.DemoIdentityData demoDirectory;

    @BeforeEach
    void loggedInCitizen() {
        demoDirectory.loadDirectoryIfAbsent();
        parent = people.enrolled();
        parentAccount = citizens.register(parent);
        portal = new WebClient(port);
        citizens.logIn(portal, parent);
    }

    @Test
    void theNewbornBundleCreatesOneLinkedCasePerItemEachRoutedToItsDepartment() {
        UUID draft = startDraft("BUNDLE", "newborn", null);
        String today = LocalDate.now(ChinaTime.ZONE).toString();
        Page done = submit(draft, "personName", "林小宝", "personGender", "male", "personBirthDate", today,
                "motherName", parent.name(), "motherIdNumber", parent.idNumber().value(), "birthWeight", "3350",
                "birthHospital", "fjmch", "nationality", "han", "insuredCategory", "newborn", "cardBank", "icbc",
                "pickup", "window");
        assertThat(done.location().orElseThrow()).endsWith("/applications/submitted/" + draft);

        List<Map<String, Object>> cases = jdbc.sql("""
                select item_code, bundle_submission_id, accepting_department_id, status
                from casework.application where draft_id = :d order by item_code""")
                .param("d", draft).query().listOfRows();
        assertThat(cases).extracting(row -> row.get("item_code")).containsExactly(
                "birth-medical-certificate", "birth-registration", "resident-medical-insurance", "social-security-card");
        assertThat(cases).extracting(row -> row.get("bundle_submission_id")).doesNotContainNull().containsOnly(
                cases.getFirst().get("bundle_submission_id"));
        assertThat(cases).extracting(row -> row.get("status")).containsOnly("SUBMITTED");
        assertThat(cases.stream().map(row -> row.get("accepting_department_id")).distinct().count())
                .as("each item goes to its own department").isGreaterThanOrEqualTo(3);

        Page receipts = portal.get("/applications/submitted/" + draft);
        assertThat(receipts.body()).contains("4 个办件");
        UUID oneCase = (UUID) jdbc.sql("select id from casework.application where draft_id = :d limit 1")
                .param("d", draft).query().singleColumn().getFirst();
        assertThat(portal.get("/applications/" + oneCase).body()).contains("bundle-cases");
    }

    @Test
    void aLegalRepresentativeAppliesForTheBusinessWithItsRegistryDataPrefilled() {
        LegalEntity company = DemoPeople.randomLegalEntity(new Random(), parent);
        registry.enrol(company);
        portal.get("/account");
        assertThat(portal.post("/account/business", Map.of("creditCode", company.creditCode().value()))
                .location().orElseThrow()).endsWith("/account?business");
        Page start = portal.get("/apply/tax-info-confirmation");
        assertThat(start.body()).contains(company.name());
        UUID draft = startDraft("ITEM", "tax-info-confirmation", company.creditCode().value());
        assertThat(portal.get("/drafts/" + draft).body()).contains(company.creditCode().value());

        WebClient stranger = new WebClient(port);
        Person other = people.enrolled();
        citizens.register(other);
        citizens.logIn(stranger, other);
        stranger.get("/apply/tax-info-confirmation");
        assertThat(stranger.post("/drafts", Map.of("kind", "ITEM", "code", "tax-info-confirmation",
                "as", company.creditCode().value())).status()).isEqualTo(404);
    }

    @Test
    void aFormPostedAfterTheItemLeftTheCatalogueIsRefusedClearly() {
        UUID draft = startDraft("ITEM", "unemployment-registration", null);
        jdbc.sql("update casework.draft set target_code = 'retired-item' where id = :d").param("d", draft).update();
        Page refused = submit(draft, "education", "bachelor");
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.body()).contains("停止网上办理");
        assertThat(jdbc.sql("select count(*) from casework.application where draft_id = :d")
                .param("d", draft).query(Long.class).single()).isZero();
    }

    private UUID startDraft(String kind, String code, String business) {
        portal.get(kind.equals("BUNDLE") ? "/apply/bundles/" + code : "/apply/" + code);
        Page created = business == null
                ? portal.post("/drafts", Map.of("kind", kind, "code", code))
                : portal.post("/drafts", Map.of("kind", kind, "code", code, "as", business));
        Matcher matcher = DRAFT.matcher(created.location().orElseThrow());
        assertThat(matcher.find()).as("draft created: " + created.status()).isTrue();
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
}
