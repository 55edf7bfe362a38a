package org.onewindow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class LegalEntityRegistryIntegrationTests {

    private static final RegistryRead OPENING = new RegistryRead(
            Reader.citizen("c-42", "申请人", "203.0.113.9"), ReadPurpose.BUSINESS_ACCOUNT_OPENING);

    @Autowired
    LegalEntityRegistry registry;

    @Autowired
    RegistryEnrolment enrolment;

    @Autowired
    DataAccessLog accessLog;

    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random();

    @Test
    void findsAnEntityByCreditCodeAndLogsTheReadAgainstItsRepresentative() {
        Person representative = DemoPeople.random(random);
        LegalEntity entity = DemoPeople.randomLegalEntity(random, representative);
        enrolment.enrol(representative);
        enrolment.enrol(entity);

        assertThat(registry.findByCreditCode(entity.creditCode(), OPENING)).contains(entity);

        assertThat(accessLog.readsOf(representative.idNumber(), null, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.registry()).isEqualTo("LEGAL_ENTITY");
            assertThat(entry.purpose()).isEqualTo(ReadPurpose.BUSINESS_ACCOUNT_OPENING);
            assertThat(entry.readerType()).isEqualTo("CITIZEN");
        });
    }

    @Test
    void findsEveryEntityOfALegalRepresentativeOldestFirstWithOneLoggedRead() {
        Person representative = DemoPeople.random(random);
        LegalEntity first = DemoPeople.randomLegalEntity(random, representative);
        LegalEntity second = DemoPeople.randomLegalEntity(random, representative);
        enrolment.enrol(first);
        enrolment.enrol(second);
        List<LegalEntity> oldestFirst = Stream.of(first, second)
                .sorted(Comparator.comparing(LegalEntity::establishedOn)
                        .thenComparing(entity -> entity.creditCode().value()))
                .toList();

        assertThat(registry.findByLegalRepresentative(representative.idNumber(), OPENING))
                .containsExactlyElementsOf(oldestFirst);
        assertThat(accessLog.readsOf(representative.idNumber(), null, 10)).hasSize(1);
    }

    @Test
    void logsAnUnknownCreditCodeWithoutASubject() {
        LegalEntity unknown = DemoPeople.randomLegalEntity(random, DemoPeople.random(random));

        assertThat(registry.findByCreditCode(unknown.creditCode(), OPENING)).isEmpty();

        Map<String, Object> row = jdbc.sql("""
                        select subject_bidx, found, purpose from registry.access_log
                        where credit_code = ?
                        """)
                .param(unknown.creditCode().value())
                .query()
                .singleRow();
        assertThat(row).containsEntry("subject_bidx", null).containsEntry("found", false)
                .containsEntry("purpose", "BUSINESS_ACCOUNT_OPENING");
    }

    @Test
    void logsALookupOfSomeoneWhoRepresentsNothing() {
        Person nobody = DemoPeople.random(random);

        assertThat(registry.findByLegalRepresentative(nobody.idNumber(), OPENING)).isEmpty();

        assertThat(accessLog.readsOf(nobody.idNumber(), null, 10)).singleElement()
                .extracting(AccessLogEntry::registry).isEqualTo("LEGAL_ENTITY");
    }

    @Test
    void keepsTheRepresentativesIdentityNumberAndTheAddressEncrypted() {
        Person representative = DemoPeople.random(random);
        LegalEntity entity = DemoPeople.randomLegalEntity(random, representative);
        enrolment.enrol(entity);

        Map<String, Object> row = jdbc.sql("""
                        select legal_rep_id_enc, address_enc from registry.legal_entity where credit_code = ?
                        """)
                .param(entity.creditCode().value())
                .query()
                .singleRow();
        assertThat((String) row.get("legal_rep_id_enc")).doesNotContain(representative.idNumber().value());
        assertThat((String) row.get("address_enc")).doesNotContain(entity.address());
    }
}
