package org.onewindow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class PopulationRegistryIntegrationTests {

    private static final RegistryRead COUNTER = new RegistryRead(
            Reader.staff("staff-1", "李明（鼓楼区政务服务中心）", "10.0.0.7"), ReadPurpose.COUNTER_SERVICE);

    @Autowired
    PopulationRegistry registry;

    @Autowired
    RegistryEnrolment enrolment;

    @Autowired
    DataAccessLog accessLog;

    @Autowired
    PersonalDataProtection protection;

    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random();

    @Test
    void findsAnEnrolledPersonByIdentityNumberWithEverythingDecrypted() {
        Person person = DemoPeople.random(random);
        enrolment.enrol(person);

        assertThat(registry.findByIdNumber(person.idNumber(), COUNTER)).contains(person);
    }

    @Test
    void storesIdentityNumberMobileAndAddressEncryptedAndFindsThemByBlindIndex() {
        Person person = DemoPeople.random(random);
        enrolment.enrol(person);

        Map<String, Object> row = jdbc.sql("""
                        select id_number_enc, mobile_enc, mobile_bidx, address_enc from registry.person
                        where id_number_bidx = ?
                        """)
                .param(protection.blindIndex("id_number", person.idNumber().value()))
                .query()
                .singleRow();
        assertThat((String) row.get("id_number_enc")).doesNotContain(person.idNumber().value());
        assertThat((String) row.get("mobile_enc")).doesNotContain(person.mobile().value());
        assertThat((String) row.get("address_enc")).doesNotContain(person.address());
        assertThat(row.get("mobile_bidx")).isEqualTo(protection.blindIndex("mobile", person.mobile().value()));
    }

    @Test
    void enrollingTheSameIdentityNumberAgainReplacesTheRecord() {
        Person person = DemoPeople.random(random);
        enrolment.enrol(person);
        Person moved = new Person(person.idNumber(), person.name(), person.gender(), person.birthDate(), null,
                "福建省福州市仓山区金山大道18号", person.division(), person.householdNumber(), person.relationToHead());
        enrolment.enrol(moved);

        assertThat(registry.findByIdNumber(person.idNumber(), COUNTER)).contains(moved);
    }

    @Test
    void logsAReadOfAnUnknownPersonToo() {
        Person stranger = DemoPeople.random(random);
        Instant before = Instant.now();

        assertThat(registry.findByIdNumber(stranger.idNumber(), COUNTER)).isEmpty();

        assertThat(accessLog.readsOf(stranger.idNumber(), null, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.registry()).isEqualTo("POPULATION");
            assertThat(entry.purpose()).isEqualTo(ReadPurpose.COUNTER_SERVICE);
            assertThat(entry.readerType()).isEqualTo("STAFF");
            assertThat(entry.readerName()).isEqualTo("李明（鼓楼区政务服务中心）");
            assertThat(entry.readAt()).isBetween(before.minusSeconds(1), Instant.now());
        });
    }

    @Test
    void logsReaderIdAndAddressWithEveryRead() {
        Person person = DemoPeople.random(random);
        enrolment.enrol(person);

        registry.findByIdNumber(person.idNumber(), COUNTER);

        Map<String, Object> row = jdbc.sql("""
                        select reader_id, reader_ip, found from registry.access_log
                        where subject_bidx = ?
                        """)
                .param(protection.blindIndex("id_number", person.idNumber().value()))
                .query()
                .singleRow();
        assertThat(row).containsEntry("reader_id", "staff-1").containsEntry("reader_ip", "10.0.0.7")
                .containsEntry("found", true);
    }
}
