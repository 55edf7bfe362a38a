package org.onewindow.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's own settings ({@code onewindow.*}).
 *
 * @param dataDir where the embedded database, the generated keys and the audit anchors live
 * @param demo whether demo data is loaded into an empty database
 * @param zones which zones this process serves: portal, office or both
 * @param portalPort the public portal's port
 * @param officePort the office's port
 * @param db the database settings
 */
@ConfigurationProperties("onewindow")
public record OneWindowProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demo,
        @DefaultValue("both") ZoneSelection zones,
        @DefaultValue("8080") int portalPort,
        @DefaultValue("8081") int officePort,
        @DefaultValue Db db) {

    /** Which zones one process serves. */
    public enum ZoneSelection {
        PORTAL,
        OFFICE,
        BOTH;

        public boolean serves(Zone zone) {
            return this == BOTH || name().equals(zone.name());
        }
    }

    /**
     * Database settings: an external server when {@code url} is set, else the embedded one.
     *
     * @param url JDBC URL of an external PostgreSQL; empty means embedded
     * @param user user name for the external server
     * @param password password for the external server
     * @param embeddedPort port of the embedded server, 0 for any free port
     * @param durable whether the embedded server runs with fsync and synchronous commit
     * @param ephemeral whether the embedded server lives in a fresh temporary directory (tests)
     * @param timeZone the server's explicit time zone
     * @param poolSize connections in the pool ({@code onewindow.db.pool-size})
     */
    public record Db(
            @DefaultValue("") String url,
            @DefaultValue("") String user,
            @DefaultValue("") String password,
            @DefaultValue("0") int embeddedPort,
            @DefaultValue("true") boolean durable,
            @DefaultValue("false") boolean ephemeral,
            @DefaultValue("Asia/Shanghai") String timeZone,
            @DefaultValue("20") int poolSize) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
