package org.onewindow.shared;

/**
 * Thrown when a date falls in a year for which no holiday file is on the classpath.
 *
 * <p>Counting weekdays alone would silently move statutory deadlines, so there is no
 * fallback: the State Council publishes each year's holidays in November, and the
 * file named in the message has to be added.
 */
public class MissingHolidayCalendarException extends RuntimeException {

    private final int year;

    MissingHolidayCalendarException(int year) {
        super("No working-day calendar for " + year + ": add " + HolidayFile.resourceName(year)
                + " from the State Council's holiday notice for that year");
        this.year = year;
    }

    public int year() {
        return year;
    }

    /** The classpath resource that is missing, e.g. {@code calendar/holidays-2027.txt}. */
    public String resourceName() {
        return HolidayFile.resourceName(year);
    }
}
