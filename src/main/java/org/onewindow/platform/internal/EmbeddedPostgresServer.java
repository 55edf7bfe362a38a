package org.onewindow.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL 15 per data directory and JVM, stopped when the JVM stops, so that
 * every Spring context of a test run shares the same server.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();
    private static Path ephemeralDirectory;

    private EmbeddedPostgresServer() {}

    static synchronized EmbeddedPostgres start(Path dataDirectory, int port, boolean durable, String timeZone) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres running = RUNNING.get(directory);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(directory);
            String onOff = durable ? "on" : "off";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff)
                    .setServerConfig("TimeZone", timeZone)
                    .setServerConfig("log_timezone", timeZone)
                    .setServerConfig("max_connections", "100");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            RUNNING.put(directory, postgres);
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> close(directory, postgres)));
            log.info(
                    "Embedded PostgreSQL 15 listening on localhost:{} with data in {} (durable: {})",
                    postgres.getPort(),
                    directory,
                    durable);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /** A fresh temporary directory, the same for the whole JVM (test runs). */
    static synchronized Path ephemeralDirectory() {
        if (ephemeralDirectory == null) {
            try {
                ephemeralDirectory = Files.createTempDirectory("onewindow-test-pg-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ephemeralDirectory;
    }

    private static void close(Path directory, EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL in {} did not stop cleanly", directory, e);
        }
    }
}
