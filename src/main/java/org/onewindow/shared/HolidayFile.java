package org.onewindow.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one year's holiday file: one entry per line, {@code #} starts a comment.
 *
 * <pre>
 * 2026-02-15..2026-02-23 off  春节
 * 2026-02-14             work 春节调休
 * </pre>
 *
 * <p>A make-up working day must fall on a weekend and no day may be both off and
 * working, so that typos in dates are caught when the file is loaded.
 */
final class HolidayFile {

    private static final String RANGE = "..";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private HolidayFile() {
    }

    static String resourceName(int year) {
        return "calendar/holidays-" + year + ".txt";
    }

    static HolidayYear parse(int year, List<String> lines) {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> work = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(lines.get(i));
            if (!line.isEmpty()) {
                parseEntry(year, line, i + 1, off, work);
            }
        }
        return new HolidayYear(year, off, work);
    }

    private static void parseEntry(int year, String line, int number, Set<LocalDate> off, Set<LocalDate> work) {
        String[] fields = line.split("\\s+", 3);
        if (fields.length < 2) {
            throw error(year, number, "expected '<date>[..<date>] off|work [label]'");
        }
        List<LocalDate> dates = dates(year, number, fields[0]);
        switch (fields[1]) {
            case "off" -> off.addAll(dates);
            case "work" -> {
                if (!dates.stream().allMatch(HolidayYear::isWeekend)) {
                    throw error(year, number, "a make-up working day must fall on a Saturday or Sunday");
                }
                work.addAll(dates);
            }
            default -> throw error(year, number, "expected 'off' or 'work', got '" + fields[1] + "'");
        }
        if (dates.stream().anyMatch(date -> off.contains(date) && work.contains(date))) {
            throw error(year, number, "a day cannot be both off and working");
        }
    }

    private static List<LocalDate> dates(int year, int number, String field) {
        int range = field.indexOf(RANGE);
        LocalDate first = date(year, number, range < 0 ? field : field.substring(0, range));
        LocalDate last = range < 0 ? first : date(year, number, field.substring(range + RANGE.length()));
        if (last.isBefore(first)) {
            throw error(year, number, "range ends before it starts");
        }
        return first.datesUntil(last.plusDays(1)).toList();
    }

    private static LocalDate date(int year, int number, String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() != year) {
                throw error(year, number, text + " is not in " + year);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw error(year, number, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).replace(BYTE_ORDER_MARK, "").strip();
    }

    private static IllegalArgumentException error(int year, int number, String message) {
        return new IllegalArgumentException(resourceName(year) + " line " + number + ": " + message);
    }
}
