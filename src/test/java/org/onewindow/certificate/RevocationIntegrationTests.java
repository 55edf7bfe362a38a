package org.onewindow.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Role;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.platform.Zones;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Revocation in the office: the issuing department's head only, with a reason, audited. */
@OneWindowIntegrationTest
class RevocationIntegrationTests {

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired CertificateIssuing issuing;
    @Autowired Certificates certificates;
    @Autowired TestStaff staff;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataProtection protection;

    CertificateFixture fixture;
    WebClient office;

    @BeforeEach
    void fixture() {
        fixture = new CertificateFixture(issuing, staff, jdbc, protection);
        fixture.forgetRateLimitHits();
        office = new WebClient(zones.officePort());
    }

    @Test
    void theIssuingDepartmentsHeadRevokesWithAReasonAndVerificationSaysRevoked() {
        UUID department = fixture.department();
        CertificateFixture.Issued issued = fixture.businessLicence(department);
        staff.logIn(office, staff.enrolled(department, CertificateFixture.REGION, Role.DEPARTMENT_HEAD));

        assertThat(office.get("/office/certificates").body()).contains(issued.number());
        WebClient.Page page = office.get("/office/certificates/" + issued.view().id());
        assertThat(page.body()).contains(issued.number()).contains("revoke-form");
        WebClient.Page revoked = office.post("/office/certificates/" + issued.view().id() + "/revoke",
                Map.of("reason", "以欺骗手段取得登记，依法撤销"));

        assertThat(revoked.location().orElseThrow()).endsWith("/office/certificates/" + issued.view().id() + "?revoked");
        assertThat(certificates.byId(issued.view().id()).orElseThrow().status()).isEqualTo(CertificateStatus.REVOKED);
        WebClient.Page verified = new WebClient(port).get("/verify?n=" + issued.number() + "&c=" + issued.code());
        assertThat(verified.body()).contains("data-result=\"REVOKED\"").contains("以欺骗手段取得登记，依法撤销");
        assertThat(audit("CERTIFICATE_REVOKED", issued)).containsExactly("SUCCESS");
    }

    @Test
    void aRevocationWithoutAReasonIsRefusedAndChangesNothing() {
        UUID department = fixture.department();
        CertificateFixture.Issued issued = fixture.businessLicence(department);
        staff.logIn(office, staff.enrolled(department, CertificateFixture.REGION, Role.DEPARTMENT_HEAD));
        office.get("/office/certificates/" + issued.view().id());

        WebClient.Page refused = office.post("/office/certificates/" + issued.view().id() + "/revoke",
                Map.of("reason", "  "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("reason-error");
        assertThat(certificates.byId(issued.view().id()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
        assertThat(audit("CERTIFICATE_REVOKED", issued)).containsExactly("FAILURE");
    }

    @Test
    void anotherDepartmentsCertificateIsNotFoundAndCannotBeRevoked() {
        CertificateFixture.Issued issued = fixture.businessLicence(fixture.department());
        UUID otherDepartment = fixture.department();
        staff.logIn(office, staff.enrolled(otherDepartment, CertificateFixture.REGION, Role.DEPARTMENT_HEAD));

        assertThat(office.get("/office/certificates/" + issued.view().id()).status()).isEqualTo(404);
        assertThat(office.get("/office/certificates").body()).doesNotContain(issued.number());
        office.get("/office/certificates");
        WebClient.Page refused = office.post("/office/certificates/" + issued.view().id() + "/revoke",
                Map.of("reason", "越权撤销"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(certificates.byId(issued.view().id()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
        assertThat(audit("CERTIFICATE_REVOKED", issued)).containsExactly("DENIED");
    }

    @Test
    void aReviewerSeesTheCertificateButMayNotRevokeIt() {
        UUID department = fixture.department();
        CertificateFixture.Issued issued = fixture.businessLicence(department);
        staff.logIn(office, staff.enrolled(department, CertificateFixture.REGION, Role.REVIEWER));

        WebClient.Page page = office.get("/office/certificates/" + issued.view().id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("revoke-form");
        WebClient.Page refused = office.post("/office/certificates/" + issued.view().id() + "/revoke",
                Map.of("reason", "无权撤销"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(certificates.byId(issued.view().id()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
    }

    private java.util.List<String> audit(String event, CertificateFixture.Issued issued) {
        return jdbc.sql("select result from audit.entry where event = :event and object_id = :id order by id")
                .param("event", event)
                .param("id", issued.view().id().toString())
                .query(String.class)
                .list();
    }
}
