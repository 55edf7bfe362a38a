package org.onewindow.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date limit: an ISO date ({@code 2020-01-01}) or relative to today ({@code today},
 * {@code today-1y}, {@code today+30d}, {@code today-6m}).
 */
public record DateBound(String expression) {

    private static final Pattern RELATIVE = Pattern.compile("today(?:([+-])(\\d{1,4})([dmy]))?");

    public DateBound {
        if (!valid(expression)) {
            throw new IllegalArgumentException("a date bound is an ISO date, today, or today±N(d|m|y)");
        }
    }

    public static boolean valid(String expression) {
        if (expression == null) {
            return false;
        }
        if (RELATIVE.matcher(expression).matches()) {
            return true;
        }
        try {
            LocalDate.parse(expression);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The date this bound stands for on a given day. */
    public LocalDate resolve(LocalDate today) {
        Matcher relative = RELATIVE.matcher(expression);
        if (!relative.matches()) {
            return LocalDate.parse(expression);
        }
        if (relative.group(1) == null) {
            return today;
        }
        long amount = Long.parseLong(relative.group(2)) * ("-".equals(relative.group(1)) ? -1 : 1);
        return switch (relative.group(3)) {
            case "d" -> today.plusDays(amount);
            case "m" -> today.plusMonths(amount);
            default -> today.plusYears(amount);
        };
    }
}
