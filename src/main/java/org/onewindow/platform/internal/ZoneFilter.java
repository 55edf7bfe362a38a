package org.onewindow.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onewindow.platform.Zone;
import org.onewindow.platform.Zones;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the zones apart before anything else sees the request: the office surface answers
 * 404 on the portal port in every spelling, and the office port serves nothing but the office.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ZoneFilter extends OncePerRequestFilter {

    private final Zones zones;

    ZoneFilter(Zones zones) {
        this.zones = zones;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String raw = request.getRequestURI();
        String decoded = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean office = OfficePath.matches(raw) || OfficePath.matches(decoded);
        Zone zone = zones.zoneOf(request);
        if (zone == Zone.PORTAL && office) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (zone == Zone.OFFICE && !office && !OfficePath.isCommonAsset(decoded)) {
            if ("/".equals(decoded) || decoded.isEmpty()) {
                response.sendRedirect("/office/");
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
