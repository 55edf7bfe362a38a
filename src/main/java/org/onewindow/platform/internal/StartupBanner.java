package org.onewindow.platform.internal;

import org.onewindow.platform.OneWindowProperties;
import org.onewindow.platform.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells whoever started OneWindow where the two zones answer and where the demo accounts are. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final OneWindowProperties properties;
    private final Zones zones;

    StartupBanner(OneWindowProperties properties, Zones zones) {
        this.properties = properties;
        this.zones = zones;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int primary = web.getWebServer().getPort();
        StringBuilder text = new StringBuilder("OneWindow is running.");
        if (properties.zones().serves(org.onewindow.platform.Zone.PORTAL)) {
            text.append("\n    Public portal (外网):  http://localhost:").append(primary).append('/');
        }
        if (properties.zones().serves(org.onewindow.platform.Zone.OFFICE)) {
            text.append("\n    Office (内网):         http://localhost:").append(zones.officePort()).append("/office/");
        }
        text.append("\n    Data directory:        ").append(properties.dataDir().toAbsolutePath().normalize());
        if (properties.demo()) {
            text.append("\n    Demo accounts:         see README.md, section 'Demo accounts'");
        }
        log.info(text.toString());
    }
}
