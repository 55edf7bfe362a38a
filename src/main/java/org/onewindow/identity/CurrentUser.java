package org.onewindow.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

    /** The client address of the current request, for audit entries; null outside a request (a job, a test). */
    public static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
