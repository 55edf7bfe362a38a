package org.onewindow.catalog;

/**
 * A time limit: a number of working days (the rule for licences, 行政许可法 Art. 82) or of
 * calendar days where the item's own law counts "日".
 */
public record TimeLimit(int value, Unit unit) {

    /** How a limit counts. */
    public enum Unit {
        WORKING_DAYS,
        CALENDAR_DAYS
    }

    public TimeLimit {
        if (value < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative");
        }
    }
}
