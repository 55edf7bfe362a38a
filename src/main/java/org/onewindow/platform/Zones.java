package org.onewindow.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.stereotype.Component;

/** Tells which zone a request arrived on, from the port of the connector that took it. */
@Component
public class Zones {

    /** Request attribute tests may set to place a mock request in a zone. */
    public static final String ZONE_ATTRIBUTE = Zones.class.getName() + ".zone";

    private final OneWindowProperties properties;
    private final Set<Integer> officePorts = new CopyOnWriteArraySet<>();
    private volatile int actualOfficePort;

    Zones(OneWindowProperties properties) {
        this.properties = properties;
        if (properties.officePort() > 0) {
            officePorts.add(properties.officePort());
        }
    }

    /** Records the port the office connector actually listens on (it may have been 0). */
    public void officeListensOn(int port) {
        actualOfficePort = port;
        officePorts.add(port);
    }

    /** The port the office listens on (after start-up, the actual one when 0 was configured). */
    public int officePort() {
        return actualOfficePort > 0 ? actualOfficePort : properties.officePort();
    }

    public Zone zoneOf(HttpServletRequest request) {
        if (request.getAttribute(ZONE_ATTRIBUTE) instanceof Zone zone) {
            return zone;
        }
        return switch (properties.zones()) {
            case PORTAL -> Zone.PORTAL;
            case OFFICE -> Zone.OFFICE;
            case BOTH -> officePorts.contains(request.getLocalPort()) ? Zone.OFFICE : Zone.PORTAL;
        };
    }

    public boolean isOffice(HttpServletRequest request) {
        return zoneOf(request) == Zone.OFFICE;
    }
}
