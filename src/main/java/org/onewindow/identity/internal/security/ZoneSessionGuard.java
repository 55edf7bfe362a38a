package org.onewindow.identity.internal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.onewindow.audit.AuditEvent;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.platform.Zone;
import org.onewindow.platform.Zones;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a session on the wrong zone (a citizen session presented to the office, or the other
 * way round) and ends sessions past their absolute lifetime.
 */
@Component
class ZoneSessionGuard extends OncePerRequestFilter {

    static final String AUTHENTICATED_AT = "onewindow.authenticatedAt";

    private final Zones zones;
    private final IdentityAudit audit;
    private final IdentityProperties properties;
    private final Clock clock;

    ZoneSessionGuard(Zones zones, IdentityAudit audit, IdentityProperties properties, Clock clock) {
        this.zones = zones;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OneWindowUser user) {
            Zone zone = zones.zoneOf(request);
            if (user.kind().zone() != zone) {
                SecurityContextHolder.clearContext();
                audit.denied(
                        AuditEvent.ZONE_VIOLATION,
                        IdentityAudit.actorOf(user),
                        "session",
                        null,
                        user.kind() + " session presented to the " + zone + " zone");
            } else if (pastAbsoluteLifetime(request.getSession(false))) {
                request.getSession(false).invalidate();
                SecurityContextHolder.clearContext();
                audit.success(AuditEvent.SESSION_EXPIRED, IdentityAudit.actorOf(user), "session", null, "absolute");
                response.sendRedirect(zone == Zone.OFFICE ? "/office/login?expired" : "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean pastAbsoluteLifetime(HttpSession session) {
        if (session == null || !(session.getAttribute(AUTHENTICATED_AT) instanceof Instant at)) {
            return false;
        }
        return at.plus(properties.absoluteTimeout()).isBefore(clock.instant());
    }
}
