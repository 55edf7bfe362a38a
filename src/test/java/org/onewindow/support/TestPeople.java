package org.onewindow.support;

import java.security.SecureRandom;
import java.util.Random;
import org.onewindow.registry.DemoPeople;
import org.onewindow.registry.Person;
import org.onewindow.registry.RegistryEnrolment;

/** Puts fresh random people into the population registry, so tests never share a person. */
public class TestPeople {

    private final RegistryEnrolment enrolment;
    private final Random random = new SecureRandom();

    public TestPeople(RegistryEnrolment enrolment) {
        this.enrolment = enrolment;
    }

    public Person enrolled() {
        Person person = DemoPeople.random(random);
        enrolment.enrol(person);
        return person;
    }
}
