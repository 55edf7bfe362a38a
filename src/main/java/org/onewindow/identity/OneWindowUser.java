package org.onewindow.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated principal kept in the session.
 *
 * @param kind citizen or staff
 * @param id the account id
 * @param name the display name
 * @param roles staff roles (empty for citizens)
 * @param permissions what the roles grant
 * @param scope the staff member's data scope (null for citizens)
 */
public record OneWindowUser(
        AccountKind kind, UUID id, String name, Set<Role> roles, Set<String> permissions, DataScope scope)
        implements Serializable, Principal {

    public OneWindowUser {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    /** The principal name sessions are indexed by: kind and account id, no personal data. */
    @Override
    public String getName() {
        return kind + ":" + id;
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean isAdministrator() {
        return roles.stream().anyMatch(Role::isAdministrator);
    }
}
