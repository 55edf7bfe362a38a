package org.onewindow.identity.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Sends the visitor to the zone's login page, saying so when their session has expired. */
class ExpiringLoginEntryPoint implements AuthenticationEntryPoint {

    private final String loginPage;

    ExpiringLoginEntryPoint(String loginPage) {
        this.loginPage = loginPage;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if (acceptsHtml(request)) {
            response.sendRedirect(loginPage + (expired ? "?expired" : ""));
        } else {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.getWriter().write(expired ? "{\"code\":\"session_expired\"}" : "{\"code\":\"login_required\"}");
        }
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }
}
