package org.onewindow.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.WorkingDayCalendar;

class DayCounterTests {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.of(Map.of(2026, List.of(
            "2026-10-01..2026-10-07 off 国庆节",
            "2026-09-20 work 国庆节调休",
            "2026-10-10 work 国庆节调休")));

    @Test
    void countsBackwardsOverHolidaysAndMakeUpDays() {
        DayCounter days = new DayCounter(calendar, true);

        assertThat(days.plus(LocalDate.parse("2026-10-12"), -2)).isEqualTo(LocalDate.parse("2026-10-09"));
        assertThat(days.plus(LocalDate.parse("2026-10-08"), -1)).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(days.plus(LocalDate.parse("2026-10-08"), 0)).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThat(days.missingYears()).isEmpty();
    }

    @Test
    void betweenIsNegativeWhenReversed() {
        DayCounter days = new DayCounter(calendar, true);

        assertThat(days.between(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-12"))).isEqualTo(4);
        assertThat(days.between(LocalDate.parse("2026-10-12"), LocalDate.parse("2026-09-30"))).isEqualTo(-4);
    }

    @Test
    void remembersYearsCountedAsWeekdaysOnly() {
        DayCounter days = new DayCounter(calendar, true);

        assertThat(days.plus(LocalDate.parse("2026-12-31"), 1)).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(days.missingYears()).containsExactly(2027);
    }

    @Test
    void calendarDaysNeedNoHolidayFile() {
        DayCounter days = new DayCounter(calendar, false);

        assertThat(days.plus(LocalDate.parse("2026-12-31"), 7)).isEqualTo(LocalDate.parse("2027-01-07"));
        assertThat(days.missingYears()).isEmpty();
    }
}
