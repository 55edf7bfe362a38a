package org.onewindow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@OneWindowIntegrationTest
class DataAccessLogIntegrationTests {

    @Autowired
    PopulationRegistry registry;

    @Autowired
    RegistryEnrolment enrolment;

    @Autowired
    DataAccessLog accessLog;

    private final Random random = new Random();

    @Test
    void showsEveryReadNewestFirstInKeysetPages() {
        Person person = DemoPeople.random(random);
        enrolment.enrol(person);
        List<ReadPurpose> purposes = List.of(ReadPurpose.IDENTITY_PROOFING, ReadPurpose.SELF_SERVICE,
                ReadPurpose.APPLICATION_PREFILL, ReadPurpose.CASE_REVIEW, ReadPurpose.COUNTER_SERVICE);
        for (ReadPurpose purpose : purposes) {
            registry.findByIdNumber(person.idNumber(), new RegistryRead(Reader.system("identity"), purpose));
        }

        List<AccessLogEntry> first = accessLog.readsOf(person.idNumber(), null, 2);
        List<AccessLogEntry> second = accessLog.readsOf(person.idNumber(), first.getLast().id(), 2);
        List<AccessLogEntry> third = accessLog.readsOf(person.idNumber(), second.getLast().id(), 2);

        assertThat(first).extracting(AccessLogEntry::purpose)
                .containsExactly(ReadPurpose.COUNTER_SERVICE, ReadPurpose.CASE_REVIEW);
        assertThat(second).extracting(AccessLogEntry::purpose)
                .containsExactly(ReadPurpose.APPLICATION_PREFILL, ReadPurpose.SELF_SERVICE);
        assertThat(third).extracting(AccessLogEntry::purpose).containsExactly(ReadPurpose.IDENTITY_PROOFING);
        assertThat(third).singleElement().satisfies(entry -> {
            assertThat(entry.readerType()).isEqualTo("SYSTEM");
            assertThat(entry.readerName()).isEqualTo("identity");
        });
    }

    @Test
    void showsOnlyTheSubjectsOwnReads() {
        Person reader = DemoPeople.random(random);
        Person other = DemoPeople.random(random);
        RegistryRead read = new RegistryRead(Reader.citizen("c-1", reader.name(), null), ReadPurpose.SELF_SERVICE);

        registry.findByIdNumber(reader.idNumber(), read);

        assertThat(accessLog.readsOf(reader.idNumber(), null, 10)).hasSize(1);
        assertThat(accessLog.readsOf(other.idNumber(), null, 10)).isEmpty();
    }

    @Test
    void capsPagesAtOneHundredEntries() {
        Person person = DemoPeople.random(random);
        RegistryRead read = new RegistryRead(Reader.system("bench"), ReadPurpose.CASE_REVIEW);
        for (int i = 0; i < DataAccessLog.MAX_PAGE_SIZE + 5; i++) {
            registry.findByIdNumber(person.idNumber(), read);
        }

        assertThat(accessLog.readsOf(person.idNumber(), null, 1000)).hasSize(DataAccessLog.MAX_PAGE_SIZE);
    }

    @Test
    void rejectsAnEmptyPage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> accessLog.readsOf(DemoPeople.random(random).idNumber(), null, 0));
    }
}
