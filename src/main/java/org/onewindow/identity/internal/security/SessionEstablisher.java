package org.onewindow.identity.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.OneWindowUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Logs a user in: a new session id (no fixation), the security context saved in the database
 * session, and the idle and absolute timeouts for the user's kind.
 */
@Component
public class SessionEstablisher {

    private final SecurityContextRepository contexts;
    private final IdentityProperties properties;
    private final Clock clock;

    SessionEstablisher(SecurityContextRepository contexts, IdentityProperties properties, Clock clock) {
        this.contexts = contexts;
        this.properties = properties;
        this.clock = clock;
    }

    public void logIn(OneWindowUser user, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = renewSession(request);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, Authorities.of(user));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        session.setAttribute(ZoneSessionGuard.AUTHENTICATED_AT, clock.instant());
        session.setMaxInactiveInterval((int) idleTimeout(user).toSeconds());
    }

    /** A fresh session id, keeping the attributes: called at every step up in trust. */
    public HttpSession renewSession(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        return request.getSession(false);
    }

    Duration idleTimeout(OneWindowUser user) {
        if (user.kind() == AccountKind.CITIZEN) {
            return properties.citizenIdleTimeout();
        }
        return user.isAdministrator() ? properties.administratorIdleTimeout() : properties.staffIdleTimeout();
    }
}
