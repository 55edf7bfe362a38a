package org.onewindow.identity.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onewindow.audit.AuditEvent;
import org.onewindow.identity.OneWindowUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Records logouts; Spring Security then invalidates the session on the server. */
@Component
class AuditingLogoutHandler implements LogoutHandler {

    private final IdentityAudit audit;

    AuditingLogoutHandler(IdentityAudit audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OneWindowUser user) {
            audit.success(AuditEvent.LOGOUT, IdentityAudit.actorOf(user), "session", null, null);
        }
    }
}
