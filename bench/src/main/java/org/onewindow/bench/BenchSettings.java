package org.onewindow.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: the benchmark's name, then {@code key=value} settings (e.g.
 * {@code audit.measure=60s}); each benchmark documents its keys and defaults.
 */
final class BenchSettings {

    /** Settings starting with this are passed to the application as {@code --key=value}. */
    static final String APP_PREFIX = "app.";

    private final String benchmark;
    private final Map<String, String> values;

    private BenchSettings(String benchmark, Map<String, String> values) {
        this.benchmark = benchmark;
        this.values = values;
    }

    static BenchSettings parse(String[] args) {
        String benchmark = "all";
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            String stripped = arg.startsWith("--") ? arg.substring(2) : arg;
            int equals = stripped.indexOf('=');
            if (equals < 0) {
                benchmark = stripped;
            } else {
                values.put(stripped.substring(0, equals), stripped.substring(equals + 1));
            }
        }
        return new BenchSettings(benchmark, values);
    }

    String benchmark() {
        return benchmark;
    }

    String text(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    int integer(String key, int fallback) {
        return values.containsKey(key) ? Integer.parseInt(values.get(key)) : fallback;
    }

    Duration duration(String key, Duration fallback) {
        return values.containsKey(key) ? parseDuration(values.get(key)) : fallback;
    }

    List<String> list(String key, String fallback) {
        return List.of(text(key, fallback).split(","));
    }

    /** The {@code app.*} settings without their prefix. */
    Map<String, String> applicationProperties() {
        Map<String, String> properties = new HashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(APP_PREFIX)) {
                properties.put(key.substring(APP_PREFIX.length()), value);
            }
        });
        return properties;
    }

    /** Parses {@code 500ms}, {@code 30s}, {@code 2m} or ISO-8601 ({@code PT30S}). */
    static Duration parseDuration(String text) {
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.startsWith("pt")) {
            return Duration.parse(value);
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> throw new IllegalArgumentException("Not a duration: " + text + " (use 500ms, 30s or 2m)");
        };
    }
}
