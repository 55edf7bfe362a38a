package org.onewindow.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** A staff role; what each may do is listed in {@code security/permissions.yml}. */
public enum Role {
    WINDOW_CLERK,
    REVIEWER,
    APPROVER,
    DEPARTMENT_HEAD,
    SUPERVISOR,
    HOTLINE_OPERATOR,
    DISPATCHER,
    SYSTEM_ADMIN,
    SECURITY_ADMIN,
    AUDIT_ADMIN;

    private static final Set<Role> ADMINISTRATORS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

    /** One of the three administrators (三员): system, security, audit. */
    public boolean isAdministrator() {
        return ADMINISTRATORS.contains(this);
    }

    /** The three administrator roles are mutually exclusive: nobody holds two of them. */
    public static boolean administratorRolesAreExclusive(Collection<Role> roles) {
        return roles.stream().filter(Role::isAdministrator).distinct().count() <= 1;
    }
}
