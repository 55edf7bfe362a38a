package org.onewindow.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** One year's statutory days off and make-up working days (调休). */
record HolidayYear(int year, Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays) {

    HolidayYear {
        daysOff = Set.copyOf(daysOff);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    }

    boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkingDays.contains(date)) {
            return true;
        }
        return !daysOff.contains(date) && !isWeekend(date);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
