package org.onewindow.registry.internal;

import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.Person;
import org.onewindow.registry.RegistryEnrolment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes demo and test records straight into the registry tables. */
@Service
@Transactional
class JdbcRegistryEnrolment implements RegistryEnrolment {

    private final PersonRecords persons;
    private final LegalEntityRecords entities;

    JdbcRegistryEnrolment(PersonRecords persons, LegalEntityRecords entities) {
        this.persons = persons;
        this.entities = entities;
    }

    @Override
    public void enrol(Person person) {
        persons.replace(person);
    }

    @Override
    public void enrol(LegalEntity legalEntity) {
        entities.replace(legalEntity);
    }
}
