package org.onewindow.platform;

import java.util.List;

/**
 * Portal paths a module opens to the public (no login); declare one as a bean. Everything else
 * on the portal needs a citizen's login.
 */
public record PublicPortalPaths(List<String> patterns) {

    public PublicPortalPaths(String... patterns) {
        this(List.of(patterns));
    }
}
