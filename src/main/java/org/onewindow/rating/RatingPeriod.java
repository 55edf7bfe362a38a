package org.onewindow.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.onewindow.shared.ChinaTime;

/**
 * A half-open period {@code [from, to)} of instants; a rating or rectification at {@code from}
 * is in it, one at {@code to} is not.
 *
 * @param from the first instant in the period
 * @param to the first instant after it; later than {@code from}
 */
public record RatingPeriod(Instant from, Instant to) {

    public RatingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a period needs from before to, got " + from + " and " + to);
        }
    }

    /** The days {@code first} up to, not including, {@code end}, from midnight in China time. */
    public static RatingPeriod days(LocalDate first, LocalDate end) {
        return new RatingPeriod(first.atStartOfDay(ChinaTime.ZONE).toInstant(), end.atStartOfDay(ChinaTime.ZONE).toInstant());
    }

    /** One calendar month in China time, e.g. {@code 2026-10} for the public monthly figures. */
    public static RatingPeriod month(YearMonth month) {
        return days(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
