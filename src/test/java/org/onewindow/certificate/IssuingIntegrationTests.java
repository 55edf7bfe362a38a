package org.onewindow.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issuing: numbers and codes, idempotency per case and type, refusals, what is stored. */
@OneWindowIntegrationTest
class IssuingIntegrationTests {

    @Autowired CertificateIssuing issuing;
    @Autowired TestStaff staff;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataProtection protection;

    CertificateFixture fixture;
    UUID department;

    @BeforeEach
    void fixture() {
        fixture = new CertificateFixture(issuing, staff, jdbc, protection);
        department = fixture.department();
    }

    @Test
    void issuesOncePerCaseAndTypeWithANumberAndASeparateRandomCode() {
        Holder holder = Holder.business(CertificateFixture.randomCreditCode(), "福州市鼓楼区一次办结有限公司");
        IssueRequest request = IssueRequest.of(UUID.randomUUID(), "business_licence", holder,
                CertificateFixture.licenceFields(holder.name()), LocalDate.now(ChinaTime.ZONE), null, department);

        CertificateView first = issuing.issue(request);
        CertificateView again = issuing.issue(request);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.number()).matches("BL-\\d{4}-\\d{6}");
        assertThat(first.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(first.holderMasked()).isEqualTo(holder.maskedIdentifier());
        assertThat(first.fields()).containsEntry("businessScope", request.fields().get("businessScope"));
        String code = fixture.files(first).code();
        assertThat(code).matches("[2-9A-HJ-NP-Z]{10}");
        assertThat(jdbc.sql("select count(*) from certificate.certificate where case_id = :c")
                .param("c", request.caseId()).query(Long.class).single()).isOne();
        String stored = jdbc.sql("select holder_identifier || code_hash || document || pdf from certificate.certificate"
                        + " where id = :id").param("id", first.id()).query(String.class).single();
        assertThat(stored).doesNotContain(holder.identifier()).doesNotContain(code);
        assertThat(jdbc.sql("select count(*) from audit.entry where event = 'CERTIFICATE_ISSUED' and object_id = :id")
                .param("id", first.id().toString()).query(Long.class).single()).isOne();
    }

    @Test
    void numbersFollowOnePerTypeAndYear() {
        CertificateView a = fixture.businessLicence(department).view();
        CertificateView b = fixture.businessLicence(department).view();

        long first = Long.parseLong(a.number().substring(a.number().lastIndexOf('-') + 1));
        long second = Long.parseLong(b.number().substring(b.number().lastIndexOf('-') + 1));
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void refusesAnUnknownTypeOrDepartment() {
        Holder holder = Holder.business(CertificateFixture.randomCreditCode(), "福州市鼓楼区测试有限公司");
        LocalDate today = LocalDate.now(ChinaTime.ZONE);

        assertThatThrownBy(() -> issuing.issue(IssueRequest.of(UUID.randomUUID(), "pirate_licence", holder,
                        java.util.Map.of(), today, null, department)))
                .isInstanceOfSatisfying(CertificateException.class,
                        e -> assertThat(e.error()).isEqualTo(CertificateError.CERTIFICATE_TYPE_UNKNOWN));
        assertThatThrownBy(() -> issuing.issue(IssueRequest.of(UUID.randomUUID(), "business_licence", holder,
                        java.util.Map.of(), today, null, UUID.randomUUID())))
                .isInstanceOfSatisfying(CertificateException.class,
                        e -> assertThat(e.error()).isEqualTo(CertificateError.DEPARTMENT_UNKNOWN));
        assertThatThrownBy(() -> IssueRequest.of(UUID.randomUUID(), "business_licence", holder, java.util.Map.of(),
                        today, today.minusDays(1), department))
                .isInstanceOfSatisfying(CertificateException.class,
                        e -> assertThat(e.error()).isEqualTo(CertificateError.VALIDITY_INVALID));
    }

    @Test
    void onlyAnIssuedCertificateOfTheSameHolderAndTypeCanBeSuperseded() {
        CertificateFixture.Issued someoneElses = fixture.businessLicence(department);
        Holder holder = Holder.business(CertificateFixture.randomCreditCode(), "福州市鼓楼区换照有限公司");
        IssueRequest request = new IssueRequest(UUID.randomUUID(), "business_licence", holder,
                CertificateFixture.licenceFields(holder.name()), LocalDate.now(ChinaTime.ZONE), null, department,
                someoneElses.view().id());

        assertThatThrownBy(() -> issuing.issue(request))
                .isInstanceOfSatisfying(CertificateException.class,
                        e -> assertThat(e.error()).isEqualTo(CertificateError.SUPERSEDED_CERTIFICATE_MISMATCH));
        assertThat(jdbc.sql("select state from certificate.certificate where id = :id")
                .param("id", someoneElses.view().id()).query(String.class).single()).isEqualTo("ISSUED");
    }
}
