package org.onewindow.registry;

import java.util.Objects;
import java.util.Set;

/**
 * Who reads a registry: recorded with every read.
 *
 * @param type CITIZEN, STAFF or SYSTEM
 * @param id the account id, or the system component
 * @param name the reader's display name (a department short name may follow)
 * @param ip the client address, when a request caused the read
 */
public record Reader(String type, String id, String name, String ip) {

    private static final Set<String> TYPES = Set.of("CITIZEN", "STAFF", "SYSTEM");

    public Reader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("reader type must be CITIZEN, STAFF or SYSTEM");
        }
    }

    public static Reader system(String component) {
        return new Reader("SYSTEM", component, component, null);
    }

    public static Reader citizen(String accountId, String name, String ip) {
        return new Reader("CITIZEN", accountId, name, ip);
    }

    public static Reader staff(String accountId, String name, String ip) {
        return new Reader("STAFF", accountId, name, ip);
    }
}
