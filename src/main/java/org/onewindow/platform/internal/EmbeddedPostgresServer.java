package org.onewindow.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL 15 per data directory and JVM, shared by every Spring context of a test
 * run and stopped when the last data source using it closes.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();
    private static final Map<Path, Integer> USERS = new HashMap<>();
    private static Path ephemeralDirectory;

    private EmbeddedPostgresServer() {}

    static synchronized EmbeddedPostgres start(Path dataDirectory, int port, boolean durable, String timeZone) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres running = RUNNING.get(directory);
        if (running != null) {
            USERS.merge(directory, 1, Integer::sum);
            return running;
        }
        try {
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            String onOff = durable ? "on" : "off";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff)
                    .setServerConfig("timezone", timeZone)
                    .setServerConfig("log_timezone", timeZone)
                    .setServerConfig("max_connections", "100");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            checkSettings(postgres, onOff);
            RUNNING.put(directory, postgres);
            USERS.put(directory, 1);
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

    /**
     * Refuses to go on if the server does not run with the durability asked for. (The time zone is
     * not checked here: the JDBC driver sets each session's zone from the JVM.)
     */
    private static void checkSettings(EmbeddedPostgres postgres, String onOff) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (var rs = statement.executeQuery("select current_setting('" + setting + "')")) {
                    rs.next();
                    if (!rs.getString(1).equalsIgnoreCase(onOff)) {
                        throw new IllegalStateException("Embedded PostgreSQL runs with " + setting + "="
                                + rs.getString(1) + ", expected " + onOff);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot check the embedded PostgreSQL's settings", e);
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

    /**
     * Stops a server left running by a JVM that died without closing it (kill -9, power loss of
     * the JVM only); PostgreSQL's own crash recovery then replays the WAL on the next start.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").contains("postgres"))
                .ifPresent(orphan -> {
                    log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", orphan.pid());
                    orphan.destroy();
                    orphan.onExit().orTimeout(60, TimeUnit.SECONDS).join();
                });
    }

    /** Called by each user when done; the last one stops the server. */
    static synchronized void release(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        int left = USERS.merge(directory, -1, Integer::sum);
        if (left <= 0) {
            USERS.remove(directory);
            EmbeddedPostgres postgres = RUNNING.remove(directory);
            if (postgres != null) {
                close(directory, postgres);
            }
            if (directory.equals(ephemeralDirectory)) {
                deleteQuietly(directory);
                ephemeralDirectory = null;
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete {}", directory, e);
        }
    }

    private static void close(Path directory, EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL in {} did not stop cleanly", directory, e);
        }
    }
}
