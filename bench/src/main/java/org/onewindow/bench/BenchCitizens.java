package org.onewindow.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.onewindow.identity.internal.Citizens;
import org.onewindow.registry.DemoPeople;
import org.onewindow.registry.Person;
import org.onewindow.registry.RegistryEnrolment;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The benchmark's citizens: random people of 福州 enrolled in the population registry, each with
 * an account (through the product's own beans, one bcrypt hash shared by all) and logged in once
 * over HTTP through the portal's login form.
 */
final class BenchCitizens {

    static final String PASSWORD = "Bench#Citizen2026";

    /** A logged-in citizen: the registry's record and the browser holding the session. */
    record LoggedIn(int index, Person person, PortalBrowser browser) {}

    private BenchCitizens() {}

    /** Enrols and registers {@code count} distinct people (fixed seed, so runs are alike). */
    static List<Person> create(OneWindowContext app, int count) {
        RegistryEnrolment registry = app.bean(RegistryEnrolment.class);
        Citizens citizens = app.bean(Citizens.class);
        Clock clock = app.bean(Clock.class);
        String hash = app.bean(PasswordEncoder.class).encode(PASSWORD);
        Random random = new Random(20261122L);
        Set<String> seen = new HashSet<>();
        List<Person> people = new ArrayList<>(count);
        while (people.size() < count) {
            Person person = DemoPeople.random(random);
            if (!seen.add(person.idNumber().value())) {
                continue;
            }
            registry.enrol(person);
            if (citizens.create(UUID.randomUUID(), person.name(), person.idNumber(), person.mobile(), hash,
                    clock.instant())) {
                people.add(person);
            }
        }
        return people;
    }

    /** Logs every person in over HTTP, a few at a time, each from its loopback client. */
    static List<LoggedIn> logIn(List<Person> people, LoopbackClients clients, int port) throws Exception {
        List<Future<LoggedIn>> pending = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(16, Thread.ofVirtual().factory())) {
            for (int i = 0; i < people.size(); i++) {
                int index = i;
                pending.add(executor.submit(() -> {
                    Person person = people.get(index);
                    PortalBrowser browser = new PortalBrowser(clients.forUser(index), port);
                    browser.logIn(person.idNumber().value(), PASSWORD);
                    return new LoggedIn(index, person, browser);
                }));
            }
        }
        List<LoggedIn> loggedIn = new ArrayList<>(people.size());
        for (Future<LoggedIn> each : pending) {
            loggedIn.add(each.get());
        }
        return loggedIn;
    }
}
