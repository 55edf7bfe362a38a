package org.onewindow.identity.internal.security;

import java.util.ArrayList;
import java.util.List;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.OneWindowUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The granted authorities: the account kind, the roles and the permissions they carry. */
public final class Authorities {

    static final String STAFF = "KIND_STAFF";
    static final String CITIZEN = "KIND_CITIZEN";
    static final String PERMISSION_PREFIX = "PERM_";

    private Authorities() {}

    public static List<GrantedAuthority> of(OneWindowUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(user.kind() == AccountKind.STAFF ? STAFF : CITIZEN));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        user.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(PERMISSION_PREFIX + p)));
        return authorities;
    }
}
