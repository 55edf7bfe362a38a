package org.onewindow.platform.internal;

import org.apache.catalina.connector.Connector;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.platform.OneWindowProperties.ZoneSelection;
import org.onewindow.platform.Zones;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Opens the portal and office connectors this process serves, and learns their ports. */
@Component
class ZoneConnectors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final OneWindowProperties properties;
    private final Zones zones;

    ZoneConnectors(OneWindowProperties properties, Zones zones) {
        this.properties = properties;
        this.zones = zones;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        switch (properties.zones()) {
            case PORTAL -> factory.setPort(properties.portalPort());
            case OFFICE -> factory.setPort(properties.officePort());
            case BOTH -> {
                factory.setPort(properties.portalPort());
                Connector office = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
                office.setPort(properties.officePort());
                office.setProperty("relaxedPathChars", "");
                factory.addAdditionalConnectors(office);
            }
        }
    }

    @EventListener
    void onStarted(WebServerInitializedEvent event) {
        if (properties.zones() == ZoneSelection.BOTH && event.getWebServer() instanceof TomcatWebServer tomcat) {
            Connector[] connectors = tomcat.getTomcat().getService().findConnectors();
            for (int i = 1; i < connectors.length; i++) {
                zones.officeListensOn(connectors[i].getLocalPort());
            }
        } else if (properties.zones() == ZoneSelection.OFFICE) {
            zones.officeListensOn(event.getWebServer().getPort());
        }
    }
}
