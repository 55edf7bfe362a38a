package org.onewindow.identity.internal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.onewindow.identity.Role;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/** Loads {@code security/permissions.yml}, the one file that maps permissions to roles. */
@Component
public class PermissionMap {

    static final String FILE = "security/permissions.yml";

    private final Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);

    PermissionMap() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            Map<String, Map<String, List<String>>> yaml = new Yaml().load(in);
            yaml.get("roles").forEach((role, permissions) -> {
                Role parsed;
                try {
                    parsed = Role.valueOf(role);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(FILE + ": unknown role '" + role + "'", e);
                }
                byRole.put(parsed, Set.copyOf(permissions));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }

    public Set<String> permissionsOf(Collection<Role> roles) {
        return roles.stream()
                .flatMap(role -> byRole.getOrDefault(role, Set.of()).stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every permission any role holds. */
    public Set<String> allPermissions() {
        return permissionsOf(byRole.keySet());
    }
}
