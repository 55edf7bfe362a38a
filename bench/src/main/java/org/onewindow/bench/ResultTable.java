package org.onewindow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints one result as a Markdown table (header and row) to standard output and appends it to the
 * results file, ready to paste into {@code docs/benchmarks.md}.
 */
final class ResultTable {

    private final Path resultsFile;

    ResultTable(Path resultsFile) {
        this.resultsFile = resultsFile;
    }

    /** A row builder; columns keep the order they were added in. */
    static Row row() {
        return new Row();
    }

    void print(String title, Row row) {
        String table = "\n#### " + title + "\n\n"
                + row.cells.keySet().stream().collect(Collectors.joining(" | ", "| ", " |\n"))
                + row.cells.keySet().stream().map(k -> "---").collect(Collectors.joining(" | ", "| ", " |\n"))
                + row.cells.values().stream().collect(Collectors.joining(" | ", "| ", " |\n"));
        System.out.print(table);
        System.out.flush();
        try {
            Files.createDirectories(resultsFile.toAbsolutePath().getParent());
            Files.writeString(resultsFile, table, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to " + resultsFile, e);
        }
    }

    /** Formats a number with a thousands separator and the given decimals. */
    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** The cells of one row. */
    static final class Row {

        private final Map<String, String> cells = new LinkedHashMap<>();

        private Row() {}

        Row add(String column, Object value) {
            cells.put(column, String.valueOf(value));
            return this;
        }
    }
}
