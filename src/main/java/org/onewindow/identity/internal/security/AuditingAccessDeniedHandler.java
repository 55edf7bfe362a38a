package org.onewindow.identity.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onewindow.audit.AuditEvent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** Records every refusal; a form posted after the session expired is sent back to log in. */
@Component
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final IdentityAudit audit;

    AuditingAccessDeniedHandler(IdentityAudit audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        boolean csrf = denied instanceof CsrfException;
        audit.denied(
                AuditEvent.PERMISSION_DENIED,
                IdentityAudit.currentActor(),
                "path",
                request.getMethod() + " " + request.getRequestURI(),
                csrf ? "missing or invalid CSRF token" : "not permitted");
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if (csrf && expired) {
            response.sendRedirect(request.getRequestURI().startsWith("/office") ? "/office/login?expired" : "/login?expired");
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN, csrf ? "csrf_token_invalid" : "permission_denied");
    }
}
