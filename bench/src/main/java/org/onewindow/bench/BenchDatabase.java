package org.onewindow.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;

/**
 * The durable PostgreSQL the benchmarks run against: {@code ONEWINDOW_BENCH_DB_URL} (with
 * {@code _USER} and {@code _PASSWORD}) when set, otherwise an embedded PostgreSQL 15 of its own in
 * a temporary directory that is deleted on close.
 *
 * <p>Either way it refuses to run unless {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} are on: figures from a database that does not wait for the disk say
 * nothing about production.
 */
final class BenchDatabase implements AutoCloseable {

    private static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes");

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final Path directory;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private BenchDatabase(String url, String user, String password, EmbeddedPostgres embedded, Path directory) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        this.directory = directory;
        if (embedded != null) {
            // Stops the server and deletes its directory also when the run is interrupted.
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "bench-database-cleanup"));
        }
    }

    /** Connects to the external database if configured, else starts the embedded one. */
    static BenchDatabase open() {
        String external = System.getenv("ONEWINDOW_BENCH_DB_URL");
        BenchDatabase database = external != null && !external.isBlank()
                ? new BenchDatabase(external, env("ONEWINDOW_BENCH_DB_USER", "postgres"),
                        env("ONEWINDOW_BENCH_DB_PASSWORD", "postgres"), null, null)
                : startEmbedded();
        try {
            database.checkDurable();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private static BenchDatabase startEmbedded() {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("onewindow-bench-pg-");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("log_timezone", "Asia/Shanghai")
                    .setServerConfig("max_connections", "100")
                    // Counts statements per database for issue #4's "SQL statements per case".
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_utility", "on");
            // For profiling, e.g. log_min_duration_statement=0; never the durability settings.
            for (String setting : env("ONEWINDOW_BENCH_PG_CONFIG", "").split(",")) {
                String[] pair = setting.split("=", 2);
                if (pair.length == 2 && !DURABILITY.contains(pair[0].strip())) {
                    builder.setServerConfig(pair[0].strip(), pair[1].strip());
                }
            }
            EmbeddedPostgres postgres = builder.start();
            MachineLoad.countAsOurs(postmasterPid(directory));
            return new BenchDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "postgres", "postgres", postgres, directory);
        } catch (IOException e) {
            if (directory != null) {
                deleteQuietly(directory);
            }
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    /** The server's pid from its {@code postmaster.pid}, or -1. */
    private static long postmasterPid(Path directory) {
        try {
            return Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).getFirst().strip());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The name of the database the URL points at. */
    String name() {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(base.lastIndexOf('/') + 1);
    }

    /** The JDBC URL of another database on the same server (the same URL with its database name replaced). */
    String urlOf(String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String rest = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + rest;
    }

    /** Drops the database, closing whatever sessions still use it. */
    void dropDatabase(String database) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        }
    }

    /** Drops and creates an empty database of that name on the same server. */
    void recreateDatabase(String database) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
            statement.execute("create database " + database);
        }
    }

    /** Server version, durability settings and where the data lives, for the report. */
    String describe() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            StringBuilder text = new StringBuilder(embedded != null ? "embedded " : "external ");
            text.append("PostgreSQL ").append(single(statement, "show server_version"));
            for (String setting : DURABILITY) {
                text.append(", ").append(setting).append('=').append(single(statement, "show " + setting));
            }
            for (String setting : List.of("shared_buffers", "max_wal_size", "checkpoint_timeout")) {
                text.append(", ").append(setting).append('=').append(single(statement, "show " + setting));
            }
            if (directory != null) {
                text.append(", data in ").append(directory);
            }
            return text.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot describe the benchmark database", e);
        }
    }

    private void checkDurable() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String setting : DURABILITY) {
                String value = single(statement, "show " + setting);
                if (!"on".equalsIgnoreCase(value)) {
                    throw new IllegalStateException("The benchmark database runs with " + setting + "=" + value
                            + "; benchmarks need fsync, synchronous_commit and full_page_writes on");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the benchmark database " + url, e);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() {
        if (embedded == null || !closed.compareAndSet(false, true)) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            System.err.println("The embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
