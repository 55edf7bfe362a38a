package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTests {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath();

    @Test
    void loadsTheYearsOnTheClasspath() {
        assertThat(CALENDAR.years()).contains(2025, 2026);
        assertThat(CALENDAR.covers(2026)).isTrue();
        assertThat(CALENDAR.covers(2027)).isFalse();
    }

    @Test
    void oneWorkingDayAfterFridayBeforeSpringFestivalIsTheMakeUpSaturday() {
        assertThat(CALENDAR.plusWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-14"));
        assertThat(CALENDAR.nextWorkingDay(date("2026-02-14"))).isEqualTo(date("2026-02-24"));
    }

    @Test
    void nationalDayWeekIsOffAndItsMakeUpWeekendDaysAreWorking() {
        date("2026-10-01").datesUntil(date("2026-10-08"))
                .forEach(day -> assertThat(CALENDAR.isWorkingDay(day)).as(day.toString()).isFalse());
        assertThat(CALENDAR.isWorkingDay(date("2026-10-10"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2026-09-20"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2026-10-11"))).isFalse();
    }

    @Test
    void ordinaryWeekdaysWorkAndWeekendsDoNot() {
        assertThat(CALENDAR.isWorkingDay(date("2026-03-02"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2026-03-07"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2026-03-08"))).isFalse();
    }

    @Test
    void fiveWorkingDaysAfterTheEveOfNationalDay() {
        // 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up), 10-12 Mon, 10-13 Tue
        assertThat(CALENDAR.plusWorkingDays(date("2026-09-30"), 5)).isEqualTo(date("2026-10-13"));
    }

    @Test
    void twentyWorkingDaysAcrossMidAutumnAndNationalDay() {
        // 09-20 (Sun, make-up) to 09-24: 5; 09-25..27 中秋; 09-28 to 09-30: 8; 10-01..07 国庆;
        // 10-08 to 10-10 (Sat, make-up): 11; 10-12 to 10-16: 16; 10-19 to 10-22: 20
        assertThat(CALENDAR.plusWorkingDays(date("2026-09-18"), 20)).isEqualTo(date("2026-10-22"));
    }

    @Test
    void zeroWorkingDaysIsTheStartItself() {
        assertThat(CALENDAR.plusWorkingDays(date("2026-10-03"), 0)).isEqualTo(date("2026-10-03"));
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(date("2026-10-03"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsWorkingDaysBetweenDates() {
        assertThat(CALENDAR.workingDaysBetween(date("2026-09-30"), date("2026-10-13"))).isEqualTo(5);
        // 02-14 (Sat, make-up), 02-24 to 02-27, 02-28 (Sat, make-up)
        assertThat(CALENDAR.workingDaysBetween(date("2026-02-13"), date("2026-02-28"))).isEqualTo(6);
        assertThat(CALENDAR.workingDaysBetween(date("2026-10-01"), date("2026-10-07"))).isZero();
        assertThat(CALENDAR.workingDaysBetween(date("2026-10-05"), date("2026-10-05"))).isZero();
    }

    @Test
    void countsBackwardsAsNegative() {
        assertThat(CALENDAR.workingDaysBetween(date("2026-10-13"), date("2026-09-30"))).isEqualTo(-5);
    }

    @Test
    void countingAgreesWithAdding() {
        LocalDate start = date("2026-01-01");
        for (int n = 1; n <= 60; n++) {
            assertThat(CALENDAR.workingDaysBetween(start, CALENDAR.plusWorkingDays(start, n))).isEqualTo(n);
        }
    }

    @Test
    void springFestival2025FollowsTheStateCouncilNotice() {
        assertThat(CALENDAR.isWorkingDay(date("2025-01-26"))).isTrue();
        date("2025-01-28").datesUntil(date("2025-02-05"))
                .forEach(day -> assertThat(CALENDAR.isWorkingDay(day)).as(day.toString()).isFalse());
        assertThat(CALENDAR.isWorkingDay(date("2025-02-08"))).isTrue();
        assertThat(CALENDAR.plusWorkingDays(date("2025-01-27"), 1)).isEqualTo(date("2025-02-05"));
    }

    @Test
    void nationalDay2025RunsToTheEighthWithTheEleventhWorking() {
        assertThat(CALENDAR.isWorkingDay(date("2025-09-28"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2025-10-08"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2025-10-11"))).isTrue();
    }

    @Test
    void countsAcrossTheTurnOfTheYear() {
        // 2025-12-31 Wed; 2026-01-01..03 off; 2026-01-04 (Sun, make-up); 2026-01-05 Mon
        assertThat(CALENDAR.plusWorkingDays(date("2025-12-30"), 3)).isEqualTo(date("2026-01-05"));
    }

    @Test
    void refusesAYearWithoutAFileAndNamesTheFile() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(date("2027-01-04")))
                .isInstanceOfSatisfying(MissingHolidayCalendarException.class, e -> {
                    assertThat(e.year()).isEqualTo(2027);
                    assertThat(e.resourceName()).isEqualTo("calendar/holidays-2027.txt");
                })
                .hasMessageContaining("calendar/holidays-2027.txt");
    }

    @Test
    void refusesToCountIntoAYearWithoutAFile() {
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(date("2026-12-21"), 20))
                .isInstanceOf(MissingHolidayCalendarException.class)
                .hasMessageContaining("holidays-2027.txt");
    }

    @Test
    void buildsACalendarFromLines() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(Map.of(2030, List.of(
                "# a comment",
                "",
                "2030-01-01 off 元旦 # trailing comment",
                "2030-02-02..2030-02-08 off 春节",
                "2030-01-26 work 春节调休")));

        assertThat(calendar.isWorkingDay(date("2030-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2030-01-26"))).isTrue();
        assertThat(calendar.plusWorkingDays(date("2030-02-01"), 1)).isEqualTo(date("2030-02-11"));
        assertThatThrownBy(() -> calendar.isWorkingDay(date("2029-12-31")))
                .isInstanceOf(MissingHolidayCalendarException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-01-01",
        "2026-01-01 holiday",
        "2026-02-30 off",
        "2026-1-1 off",
        "2027-01-01 off",
        "2026-01-05..2026-01-01 off",
        "2026-01-05 work",
        "2026-10-10 off\n2026-10-10 work"
    })
    void rejectsMalformedLinesNamingFileAndLine(String text) {
        List<String> lines = List.of(text.split("\n"));

        assertThatThrownBy(() -> WorkingDayCalendar.of(Map.of(2026, lines)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("calendar/holidays-2026.txt line " + lines.size() + ":");
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
