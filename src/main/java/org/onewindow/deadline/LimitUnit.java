package org.onewindow.deadline;

/** What a time limit counts. */
public enum LimitUnit {
    /** Working days of the State Council's calendar (行政许可法 Art. 82), due at the end of the last one. */
    WORKING_DAYS,
    /** Calendar days, due at the end of the last one (the hotline's 7 and 15 days). */
    CALENDAR_DAYS,
    /** Hours on the clock from the start (the hotline's 2 and 24 hours). */
    CLOCK_HOURS;

    /** Whether the limit counts whole days and is due at the end of a day in China time. */
    public boolean countsDays() {
        return this != CLOCK_HOURS;
    }
}
