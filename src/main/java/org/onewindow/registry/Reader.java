package org.onewindow.registry;

/**
 * Who reads a registry: recorded with every read.
 *
 * @param type CITIZEN, STAFF or SYSTEM
 * @param id the account id, or the system component
 * @param name the reader's display name (a department short name may follow)
 * @param ip the client address, when a request caused the read
 */
public record Reader(String type, String id, String name, String ip) {

    public static Reader system(String component) {
        return new Reader("SYSTEM", component, component, null);
    }
}
