package org.onewindow.registry.internal;

import java.util.Optional;
import org.onewindow.registry.Person;
import org.onewindow.registry.PopulationRegistry;
import org.onewindow.registry.RegistryRead;
import org.onewindow.registry.internal.RegistryReadRecorder.Registry;
import org.onewindow.shared.IdNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds people by blind index and logs every lookup, found or not. */
@Service
@Transactional
class JdbcPopulationRegistry implements PopulationRegistry {

    private final PersonRecords persons;
    private final RegistryDataProtection data;
    private final RegistryReadRecorder recorder;

    JdbcPopulationRegistry(PersonRecords persons, RegistryDataProtection data, RegistryReadRecorder recorder) {
        this.persons = persons;
        this.data = data;
        this.recorder = recorder;
    }

    @Override
    public Optional<Person> findByIdNumber(IdNumber idNumber, RegistryRead read) {
        String subject = data.index(idNumber);
        Optional<Person> person = persons.findByIdNumberIndex(subject);
        recorder.record(read, Registry.POPULATION, subject, null, person.isPresent());
        return person;
    }
}
