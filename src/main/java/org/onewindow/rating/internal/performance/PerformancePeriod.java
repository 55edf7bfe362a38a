package org.onewindow.rating.internal.performance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onewindow.rating.RatingError;
import org.onewindow.rating.RatingException;
import org.onewindow.rating.RatingPeriod;

/**
 * The days a performance page counts: a calendar month (the presets) or custom days from one date
 * to another, both included, in China time.
 *
 * @param first the first day
 * @param last the last day, not before {@code first}
 * @param month the month, if the period is one
 */
record PerformancePeriod(LocalDate first, LocalDate last, YearMonth month) {

    /** How many month presets a page offers: this month and the eleven before it. */
    static final int PRESETS = 12;
    static final int MAX_DAYS = 366;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    PerformancePeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
    }

    static PerformancePeriod of(YearMonth month) {
        return new PerformancePeriod(month.atDay(1), month.atEndOfMonth(), month);
    }

    /**
     * The period a request asks for: custom days when {@code from} or {@code to} is given, else the
     * month, else the current month.
     *
     * @throws Invalid naming the field at fault and why
     */
    static PerformancePeriod parse(String month, String from, String to, LocalDate today) {
        if (present(from) || present(to)) {
            if (!present(from)) {
                throw new Invalid(RatingError.PERIOD_INCOMPLETE, "from");
            }
            if (!present(to)) {
                throw new Invalid(RatingError.PERIOD_INCOMPLETE, "to");
            }
            LocalDate first = date(from, "from");
            LocalDate last = date(to, "to");
            if (last.isBefore(first)) {
                throw new Invalid(RatingError.PERIOD_REVERSED, "to");
            }
            if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                throw new Invalid(RatingError.PERIOD_TOO_LONG, "to");
            }
            if (first.isAfter(today)) {
                throw new Invalid(RatingError.PERIOD_IN_FUTURE, "from");
            }
            return new PerformancePeriod(first, last, null);
        }
        if (!present(month)) {
            return of(YearMonth.from(today));
        }
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(RatingError.PERIOD_MONTH_INVALID, "month");
        }
        if (parsed.atDay(1).isBefore(EARLIEST)) {
            throw new Invalid(RatingError.PERIOD_MONTH_INVALID, "month");
        }
        if (parsed.atDay(1).isAfter(today)) {
            throw new Invalid(RatingError.PERIOD_IN_FUTURE, "month");
        }
        return of(parsed);
    }

    /** This month and the months before it that a page offers as presets, newest first. */
    static List<YearMonth> presets(LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < PRESETS; i++) {
            months.add(YearMonth.from(today).minusMonths(i));
        }
        return months;
    }

    RatingPeriod ratingPeriod() {
        return RatingPeriod.days(first, last.plusDays(1));
    }

    Instant from() {
        return ratingPeriod().from();
    }

    Instant to() {
        return ratingPeriod().to();
    }

    public boolean isMonth() {
        return month != null;
    }

    /** For file names: {@code 2026-06}, or {@code 2026-06-01_2026-06-15}. */
    String slug() {
        return isMonth() ? month.toString() : first + "_" + last;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static LocalDate date(String value, String field) {
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(EARLIEST)) {
                throw new Invalid(RatingError.PERIOD_DATE_INVALID, field);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new Invalid(RatingError.PERIOD_DATE_INVALID, field);
        }
    }

    /** A period that cannot be counted, with the form field at fault. */
    static final class Invalid extends RatingException {

        private final String field;

        Invalid(RatingError error, String field) {
            super(error);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
