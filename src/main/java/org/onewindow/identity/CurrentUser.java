package org.onewindow.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user behind the current request, once fully authenticated. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<OneWindowUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof OneWindowUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static OneWindowUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No authenticated user"));
    }
}
