package org.onewindow.identity.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the logged-in user (or null) into every page's model for the header, and turns the flag a
 * redirect leaves in the query string ({@code ?expired}, {@code ?saved} …) into the page's notice.
 */
@ControllerAdvice
class CurrentUserAdvice {

    private static final Map<String, String> NOTICES = new LinkedHashMap<>();

    static {
        NOTICES.put("expired", "session_expired");
        NOTICES.put("logout", "logged_out");
        NOTICES.put("registered", "registered");
        NOTICES.put("saved", "saved");
        NOTICES.put("unlocked", "unlocked");
        NOTICES.put("delegated", "delegated");
        NOTICES.put("revoked", "revoked");
        NOTICES.put("business", "business_opened");
        NOTICES.put("withdrawn", "application_withdrawn");
    }

    @ModelAttribute("notice")
    String notice(HttpServletRequest request) {
        return NOTICES.entrySet().stream()
                .filter(flag -> request.getParameter(flag.getKey()) != null)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    @ModelAttribute("currentUser")
    OneWindowUser currentUser() {
        return CurrentUser.get().orElse(null);
    }
}
