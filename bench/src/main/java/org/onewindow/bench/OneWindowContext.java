package org.onewindow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.OneWindowApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole OneWindow application, started in this JVM against the benchmark database, with its
 * keys and anchor file in a temporary data directory: without demo data and without a web server,
 * or with the demo city and the portal on a random port ({@link #startWithPortal}).
 */
final class OneWindowContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDirectory;
    private final Map<String, String> properties;

    private OneWindowContext(ConfigurableApplicationContext context, Path dataDirectory, Map<String, String> properties) {
        this.context = context;
        this.dataDirectory = dataDirectory;
        this.properties = properties;
    }

    /** Starts the application; {@code overrides} (e.g. {@code onewindow.audit.chain-batch-size}) win. */
    static OneWindowContext start(BenchDatabase database, Map<String, String> overrides) {
        return start(database, Map.of(), overrides);
    }

    /**
     * Starts the application with the demo city (departments, staff, citizens) and no web server:
     * the workflow benchmarks call the office's services in this JVM.
     */
    static OneWindowContext startWithDemoCity(BenchDatabase database, Map<String, String> overrides) {
        return start(database, Map.of("onewindow.demo", "true"), overrides);
    }

    /**
     * Starts the application with the portal zone's web server on a random port and the demo city
     * (departments, staff, registry neighbours), so that cases are routed as in production.
     */
    static OneWindowContext startWithPortal(BenchDatabase database, Map<String, String> overrides) {
        Map<String, String> web = new LinkedHashMap<>();
        web.put("onewindow.demo", "true");
        web.put("spring.main.web-application-type", "servlet");
        web.put("onewindow.zones", "portal");
        web.put("onewindow.portal-port", "0");
        return start(database, web, overrides);
    }

    private static OneWindowContext start(
            BenchDatabase database, Map<String, String> mode, Map<String, String> overrides) {
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("onewindow-bench-app-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("onewindow.demo", "false");
        properties.put("onewindow.keys.generate", "true");
        properties.put("onewindow.data-dir", dataDirectory.toString());
        properties.put("onewindow.db.url", database.url());
        properties.put("onewindow.db.user", database.user());
        properties.put("onewindow.db.password", database.password());
        properties.put("spring.main.web-application-type", "none");
        properties.put("logging.level.root", "warn");
        properties.put("logging.level.org.onewindow", "info");
        properties.putAll(mode);
        properties.putAll(overrides);
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        // Spring's own shutdown hook closes the context when the run is interrupted; this one tidies up.
        Runtime.getRuntime().addShutdownHook(
                new Thread(() -> deleteQuietly(dataDirectory), "bench-data-directory-cleanup"));
        try {
            ConfigurableApplicationContext context =
                    SpringApplication.run(OneWindowApplication.class, args.toArray(String[]::new));
            return new OneWindowContext(context, dataDirectory, properties);
        } catch (RuntimeException e) {
            deleteQuietly(dataDirectory);
            throw e;
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The port the portal listens on (only after {@link #startWithPortal}). */
    int portalPort() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** The effective value of an application property. */
    String property(String key, String fallback) {
        return context.getEnvironment().getProperty(key, fallback);
    }

    /** The properties this benchmark set, for the report. */
    Map<String, String> properties() {
        return properties;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            deleteQuietly(dataDirectory);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
