package org.onewindow.deadline;

import java.util.Objects;

/**
 * A length of time to allow, such as 20 working days or 2 clock hours.
 *
 * @param amount how many units, at least one
 * @param unit what is counted
 */
public record TimeLimit(int amount, LimitUnit unit) {

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("a time limit needs a positive amount, got " + amount);
        }
    }

    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, LimitUnit.WORKING_DAYS);
    }

    public static TimeLimit calendarDays(int amount) {
        return new TimeLimit(amount, LimitUnit.CALENDAR_DAYS);
    }

    public static TimeLimit clockHours(int amount) {
        return new TimeLimit(amount, LimitUnit.CLOCK_HOURS);
    }

    /** This limit plus {@code more} units of the same kind. */
    public TimeLimit plus(int more) {
        return new TimeLimit(amount + more, unit);
    }
}
