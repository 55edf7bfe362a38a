package org.onewindow.deadline.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.onewindow.shared.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the working-day calendar from the classpath's holiday files plus, for years the classpath
 * lacks, files an operator put into a directory, so that a new year's holidays can be added
 * without a new release.
 */
final class HolidayFiles {

    private static final Logger log = LoggerFactory.getLogger(HolidayFiles.class);
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private HolidayFiles() {
    }

    static String resourceName(int year) {
        return "calendar/" + fileName(year);
    }

    static WorkingDayCalendar load(Path directory) {
        Map<Integer, List<String>> years = new TreeMap<>();
        IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).forEach(year -> fromClasspath(year)
                .or(() -> fromDirectory(directory, year))
                .ifPresent(lines -> years.put(year, lines)));
        return WorkingDayCalendar.of(years);
    }

    private static Optional<List<String>> fromClasspath(int year) {
        try (InputStream in = HolidayFiles.class.getClassLoader().getResourceAsStream(resourceName(year))) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceName(year), e);
        }
    }

    private static Optional<List<String>> fromDirectory(Path directory, int year) {
        Path file = directory.resolve(fileName(year));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            WorkingDayCalendar.of(Map.of(year, lines));
            log.info("Holiday file {} loaded from {}", fileName(year), directory);
            return Optional.of(lines);
        } catch (IOException | RuntimeException e) {
            log.error("Holiday file {} is unusable and ignored: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    private static String fileName(int year) {
        return "holidays-" + year + ".txt";
    }
}
