package org.onewindow.audit;

import java.util.Objects;

/**
 * Who acted: an account (by its account id, never an identity number or phone) or the system.
 *
 * @param type the kind of actor
 * @param id the account id or the system component's name; {@code null} only for anonymous actors
 * @param displayName a name for people reading the log; for citizens a masked name (e.g. 张*)
 */
public record Actor(Type type, String id, String displayName) {

    /** The kinds of actor. */
    public enum Type {
        CITIZEN,
        STAFF,
        SYSTEM,
        ANONYMOUS
    }

    private static final Actor ANONYMOUS = new Actor(Type.ANONYMOUS, null, null);

    public Actor {
        Objects.requireNonNull(type, "type");
        if (type != Type.ANONYMOUS && (id == null || id.isBlank())) {
            throw new IllegalArgumentException("A " + type + " actor needs an id");
        }
    }

    /** A citizen (or a business's representative or agent) acting through the portal. */
    public static Actor citizen(String accountId, String maskedName) {
        return new Actor(Type.CITIZEN, accountId, maskedName);
    }

    /** A member of staff acting through the office. */
    public static Actor staff(String accountId, String name) {
        return new Actor(Type.STAFF, accountId, name);
    }

    /** The platform itself, named by the component that acts (e.g. {@code audit-verify-command}). */
    public static Actor system(String component) {
        return new Actor(Type.SYSTEM, component, component);
    }

    /** Someone not (yet) signed in; the IP address of the entry says where they came from. */
    public static Actor anonymous() {
        return ANONYMOUS;
    }
}
