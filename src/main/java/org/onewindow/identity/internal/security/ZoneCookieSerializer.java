package org.onewindow.identity.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.onewindow.platform.Zone;
import org.onewindow.platform.Zones;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

/**
 * One session cookie per zone: browsers share cookies across ports, so the portal and the office
 * must not read each other's session.
 */
@Component
class ZoneCookieSerializer implements CookieSerializer {

    static final String PORTAL_COOKIE = "OW_PORTAL_SESSION";
    static final String OFFICE_COOKIE = "OW_OFFICE_SESSION";

    private final Zones zones;
    private final DefaultCookieSerializer portal = serializer(PORTAL_COOKIE);
    private final DefaultCookieSerializer office = serializer(OFFICE_COOKIE);

    ZoneCookieSerializer(Zones zones) {
        this.zones = zones;
    }

    @Override
    public void writeCookieValue(CookieValue cookieValue) {
        forRequest(cookieValue.getRequest()).writeCookieValue(cookieValue);
    }

    @Override
    public List<String> readCookieValues(HttpServletRequest request) {
        return forRequest(request).readCookieValues(request);
    }

    private DefaultCookieSerializer forRequest(HttpServletRequest request) {
        return zones.zoneOf(request) == Zone.OFFICE ? office : portal;
    }

    private static DefaultCookieSerializer serializer(String name) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }
}
