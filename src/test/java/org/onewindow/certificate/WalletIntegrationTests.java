package org.onewindow.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.registry.Person;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestPeople;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The wallet: the citizen's own certificates with downloads and their verifications; nobody else's. */
@OneWindowIntegrationTest
class WalletIntegrationTests {

    @LocalServerPort int port;
    @Autowired CertificateIssuing issuing;
    @Autowired Certificates certificates;
    @Autowired TestStaff staff;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataProtection protection;

    CertificateFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CertificateFixture(issuing, staff, jdbc, protection);
        fixture.forgetRateLimitHits();
    }

    @Test
    void aCitizenSeesDownloadsAndFollowsTheVerificationsOfTheirCertificate() {
        Person person = people.enrolled();
        citizens.register(person);
        CertificateFixture.Issued permit = residencePermit(person);
        WebClient portal = new WebClient(port);
        citizens.logIn(portal, person);

        WebClient.Page wallet = portal.get("/wallet");
        assertThat(wallet.body()).contains(permit.number()).contains("居住证").contains(person.idNumber().masked())
                .contains("wallet-certificates");
        WebClient.Page pdf = portal.get("/wallet/certificates/" + permit.view().id() + ".pdf", "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type").getFirst()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        WebClient.Page json = portal.get("/wallet/certificates/" + permit.view().id() + ".json", "application/json");
        assertThat(json.body()).isEqualTo(permit.json()).contains("\"signature\":{\"algorithm\":\"SM3withSM2\"");

        new WebClient(port).get("/verify?n=" + permit.number() + "&c=" + permit.code());
        assertThat(portal.get("/wallet").body()).contains("wallet-history").contains("扫描二维码").contains("真实有效");
        assertThat(jdbc.sql("select count(*) from audit.entry where event = 'CERTIFICATE_DOWNLOADED'"
                        + " and object_id = :id and result = 'SUCCESS'")
                .param("id", permit.view().id().toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anotherCitizensCertificateIsNotFound() {
        Person holder = people.enrolled();
        CertificateFixture.Issued permit = residencePermit(holder);
        Person someoneElse = people.enrolled();
        citizens.register(someoneElse);
        WebClient portal = new WebClient(port);
        citizens.logIn(portal, someoneElse);

        assertThat(portal.get("/wallet").body()).doesNotContain(permit.number());
        assertThat(portal.get("/wallet/certificates/" + permit.view().id() + ".pdf").status()).isEqualTo(404);
        assertThat(portal.get("/wallet/certificates/" + permit.view().id() + ".json").status()).isEqualTo(404);
        assertThat(portal.get("/wallet/certificates/" + UUID.randomUUID() + ".pdf").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit.entry where event = 'CERTIFICATE_DOWNLOADED'"
                        + " and object_id = :id and result = 'DENIED'")
                .param("id", permit.view().id().toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theWalletNeedsALogin() {
        WebClient.Page page = new WebClient(port).get("/wallet");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location().orElseThrow()).contains("/login");
    }

    @Test
    void validForOffersTheHoldersValidCertificateForReuse() {
        Person person = people.enrolled();
        CertificateFixture.Issued permit = residencePermit(person);

        assertThat(certificates.validFor(Holder.person(person.idNumber(), person.name()), "residence_permit"))
                .get().extracting(CertificateView::id).isEqualTo(permit.view().id());
        assertThat(certificates.validFor(Holder.person(person.idNumber(), person.name()), "driving_licence")).isEmpty();
        assertThat(certificates.ofCase(permit.view().caseId())).extracting(CertificateView::id)
                .containsExactly(permit.view().id());
    }

    private CertificateFixture.Issued residencePermit(Person person) {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        return fixture.issue(IssueRequest.of(UUID.randomUUID(), "residence_permit",
                Holder.person(person.idNumber(), person.name()),
                Map.of("address", "福建省福州市鼓楼区东街 1 号", "remarks", "居住地：鼓楼区"), today, today.plusYears(1),
                fixture.department()));
    }
}
