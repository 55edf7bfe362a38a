package org.onewindow.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts working days (行政许可法 Art. 82): weekdays, minus statutory holidays, plus make-up days.
 *
 * <p>Each year comes from its own file {@code calendar/holidays-YYYY.txt} with lines
 * such as {@code 2026-02-15..2026-02-23 off 春节} and {@code 2026-02-14 work 春节调休}
 * ({@code #} starts a comment). Asking about a year without a file throws
 * {@link MissingHolidayCalendarException}; there is no weekdays-only fallback.
 * Dates are calendar dates in China; see {@link ChinaTime#ZONE}.
 */
public final class WorkingDayCalendar {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final Map<Integer, HolidayYear> years;

    private WorkingDayCalendar(Map<Integer, HolidayYear> years) {
        this.years = Map.copyOf(years);
    }

    /** Loads every {@code calendar/holidays-YYYY.txt} for the years 2000 to 2100 on the classpath. */
    public static WorkingDayCalendar fromClasspath() {
        ClassLoader loader = WorkingDayCalendar.class.getClassLoader();
        Map<Integer, HolidayYear> years = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            try (InputStream in = loader.getResourceAsStream(HolidayFile.resourceName(year))) {
                if (in != null) {
                    years.put(year, HolidayFile.parse(year, lines(in)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + HolidayFile.resourceName(year), e);
            }
        }
        if (years.isEmpty()) {
            throw new IllegalStateException("no holiday files calendar/holidays-YYYY.txt on the classpath");
        }
        return new WorkingDayCalendar(years);
    }

    /** Builds a calendar from the lines of each year's file, e.g. in tests. */
    public static WorkingDayCalendar of(Map<Integer, List<String>> linesByYear) {
        Map<Integer, HolidayYear> years = new TreeMap<>();
        linesByYear.forEach((year, lines) -> years.put(year, HolidayFile.parse(year, lines)));
        return new WorkingDayCalendar(years);
    }

    /** The years this calendar knows, so that operations can warn before one runs out. */
    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        HolidayYear year = years.get(date.getYear());
        if (year == null) {
            throw new MissingHolidayCalendarException(date.getYear());
        }
        return year.isWorkingDay(date);
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself for {@code n = 0}.
     *
     * <p>One working day after Friday 2026-02-13 is Saturday 2026-02-14 (a make-up day).
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        LocalDate date = start;
        int remaining = n;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * Counts the working days after {@code fromExclusive} up to and including {@code toInclusive}.
     *
     * <p>Negative when {@code toInclusive} comes first, e.g. for days overdue.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        return (int) fromExclusive.plusDays(1).datesUntil(toInclusive.plusDays(1))
                .filter(this::isWorkingDay)
                .count();
    }

    private static List<String> lines(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    }
}
