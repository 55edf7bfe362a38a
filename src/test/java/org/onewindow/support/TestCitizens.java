package org.onewindow.support;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.onewindow.identity.internal.Citizens;
import org.onewindow.registry.Person;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Opens citizen accounts for registry people and logs them in through the portal pages. */
public class TestCitizens {

    public static final String PASSWORD = "Citizen#2026";

    private final Citizens citizens;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private String hash;

    public TestCitizens(Citizens citizens, PasswordEncoder passwords, Clock clock) {
        this.citizens = citizens;
        this.passwords = passwords;
        this.clock = clock;
    }

    public UUID register(Person person) {
        if (hash == null) {
            hash = passwords.encode(PASSWORD);
        }
        UUID id = UUID.randomUUID();
        citizens.create(id, person.name(), person.idNumber(), person.mobile(), hash, clock.instant());
        return id;
    }

    public void logIn(WebClient portal, Person person) {
        portal.get("/login");
        WebClient.Page done = portal.post("/login", Map.of("idNumber", person.idNumber().value(), "password", PASSWORD));
        if (!done.location().orElse("").endsWith("/account")) {
            throw new IllegalStateException("Portal login failed: " + done.status());
        }
    }
}
