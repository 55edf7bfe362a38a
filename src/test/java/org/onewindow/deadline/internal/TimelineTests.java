package org.onewindow.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.WorkingDayCalendar;

/** The time-limit arithmetic of STANDARDS.md, with the 2025 and 2026 calendars only. */
class TimelineTests {

    private static final WorkingDayCalendar UNTIL_2026 = WorkingDayCalendar.of(Map.of(
            2025, holidayFile(2025),
            2026, holidayFile(2026)));

    private final Timeline timeline = new Timeline(UNTIL_2026, 0.8);

    @Test
    void twentyWorkingDaysSpanTheSpringFestivalAndItsMakeUpSaturdays() {
        // 02-14 (Sat) and 02-28 (Sat) are worked, 02-15 to 02-23 are off.
        Schedule schedule = timeline.schedule(Course.started(TimeLimit.workingDays(20), at("2026-02-10T09:30")));

        assertThat(schedule.dueDate()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(schedule.dueAt()).isEqualTo(at("2026-03-16T23:59:59.999999"));
        assertThat(schedule.provisional()).isFalse();
        // 16 of 20 used at the end of 03-10, the 16th working day.
        assertThat(schedule.dueSoonAt()).isEqualTo(at("2026-03-11T00:00"));
    }

    @Test
    void oneWorkingDayAfterFridayBeforeTheFestivalIsTheMakeUpSaturday() {
        Schedule schedule = timeline.schedule(Course.started(TimeLimit.workingDays(1), at("2026-02-13T16:00")));

        assertThat(schedule.dueDate()).isEqualTo(LocalDate.parse("2026-02-14"));
        // Even a one-day limit is announced: when its last day begins.
        assertThat(schedule.dueSoonAt()).isEqualTo(at("2026-02-14T00:00"));
    }

    @Test
    void pauseOverNationalDayCountsTheRemainingWorkingDaysFromTheResumeDate() {
        // Used by 09-30: 09-15..18, 09-20 (Sun, worked), 09-21..24, 09-28..30 = 12; 8 left.
        Course paused = new Course(TimeLimit.workingDays(20), at("2026-09-14T10:00"), List.of(),
                at("2026-09-30T15:00"));
        Course resumed = new Course(TimeLimit.workingDays(20), at("2026-09-14T10:00"),
                List.of(new Pause(at("2026-09-30T15:00"), at("2026-10-08T09:00"))), null);

        assertThat(timeline.schedule(paused).daysLeftAtPause()).isEqualTo(8);
        assertThat(timeline.schedule(paused).dueAt()).isNull();
        // 10-09, 10-10 (Sat, worked), 10-12..16, 10-19: the resume day itself does not count.
        assertThat(timeline.schedule(resumed).dueDate()).isEqualTo(LocalDate.parse("2026-10-19"));
        assertThat(timeline.schedule(Course.started(TimeLimit.workingDays(20), at("2026-09-14T10:00"))).dueDate())
                .isEqualTo(LocalDate.parse("2026-10-16"));
    }

    @Test
    void pauseAndResumeOnTheSameDayKeepTheDueDate() {
        Course resumed = new Course(TimeLimit.workingDays(5), at("2026-03-02T10:00"),
                List.of(new Pause(at("2026-03-04T09:00"), at("2026-03-04T17:00"))), null);

        assertThat(timeline.schedule(resumed).dueDate()).isEqualTo(LocalDate.parse("2026-03-09"));
    }

    @Test
    void pausingAnOverdueLimitDoesNotGiveTimeBack() {
        // Due 03-03; paused 03-05, two working days late; resumed Monday 03-09: still two days late.
        Course paused = new Course(TimeLimit.workingDays(1), at("2026-03-02T10:00"), List.of(),
                at("2026-03-05T10:00"));
        Course resumed = new Course(TimeLimit.workingDays(1), at("2026-03-02T10:00"),
                List.of(new Pause(at("2026-03-05T10:00"), at("2026-03-09T10:00"))), null);

        assertThat(timeline.schedule(paused).daysLeftAtPause()).isEqualTo(-2);
        assertThat(timeline.progress(paused, at("2026-03-06T10:00")).overdue()).isTrue();
        assertThat(timeline.schedule(resumed).dueDate()).isEqualTo(LocalDate.parse("2026-03-05"));
    }

    @Test
    void extensionAddsWorkingDaysToTheLimit() {
        Course extended = Course.started(TimeLimit.workingDays(20).plus(10), at("2026-02-10T09:30"));

        // 10 working days after 03-16.
        assertThat(timeline.schedule(extended).dueDate()).isEqualTo(LocalDate.parse("2026-03-30"));
    }

    @Test
    void clockHoursAddThePausedTime() {
        Instant start = at("2026-11-22T10:00");
        Course running = Course.started(TimeLimit.clockHours(2), start);
        Course paused = new Course(TimeLimit.clockHours(2), start, List.of(), at("2026-11-22T10:30"));
        Course resumed = new Course(TimeLimit.clockHours(2), start,
                List.of(new Pause(at("2026-11-22T10:30"), at("2026-11-22T14:00"))), null);

        assertThat(timeline.schedule(running).dueAt()).isEqualTo(at("2026-11-22T12:00"));
        assertThat(timeline.schedule(running).dueSoonAt()).isEqualTo(at("2026-11-22T11:36"));
        assertThat(timeline.schedule(paused).timeLeftAtPause()).isEqualTo(Duration.ofMinutes(90));
        assertThat(timeline.schedule(resumed).dueAt()).isEqualTo(at("2026-11-22T15:30"));
        assertThat(timeline.schedule(resumed).dueDate()).isNull();
    }

    @Test
    void clockHoursRunThroughNightsAndHolidays() {
        Schedule schedule = timeline.schedule(Course.started(TimeLimit.clockHours(24), at("2026-09-30T18:00")));

        assertThat(schedule.dueAt()).isEqualTo(at("2026-10-01T18:00"));
    }

    @Test
    void calendarDaysIgnoreHolidaysAndEndAtMidnight() {
        Schedule general = timeline.schedule(Course.started(TimeLimit.calendarDays(7), at("2026-09-30T18:00")));
        Schedule complex = timeline.schedule(Course.started(TimeLimit.calendarDays(15), at("2026-02-10T08:00")));

        assertThat(general.dueDate()).isEqualTo(LocalDate.parse("2026-10-07"));
        assertThat(general.dueAt()).isEqualTo(at("2026-10-07T23:59:59.999999"));
        assertThat(complex.dueDate()).isEqualTo(LocalDate.parse("2026-02-25"));
        assertThat(complex.provisional()).isFalse();
    }

    @Test
    void workingDaysIntoAYearWithoutAHolidayFileAreProvisionalWeekdays() {
        // 12-11, 12-14..18, 12-21..25, 12-28..31 = 15; then 2027 as weekdays: 01-01, 01-04..07.
        Schedule schedule = timeline.schedule(Course.started(TimeLimit.workingDays(20), at("2026-12-10T09:00")));

        assertThat(schedule.provisional()).isTrue();
        assertThat(schedule.missingYear()).isEqualTo(2027);
        assertThat(HolidayFiles.resourceName(schedule.missingYear())).isEqualTo("calendar/holidays-2027.txt");
        assertThat(schedule.dueDate()).isEqualTo(LocalDate.parse("2027-01-07"));
    }

    @Test
    void provisionalDatesBecomeExactWithTheMissingFile() {
        WorkingDayCalendar with2027 = WorkingDayCalendar.of(Map.of(
                2026, holidayFile(2026),
                2027, List.of("2027-01-01 off 元旦")));

        Schedule schedule = new Timeline(with2027, 0.8)
                .schedule(Course.started(TimeLimit.workingDays(20), at("2026-12-10T09:00")));

        assertThat(schedule.provisional()).isFalse();
        assertThat(schedule.dueDate()).isEqualTo(LocalDate.parse("2027-01-08"));
    }

    @Test
    void limitsInsideKnownYearsAreNotProvisional() {
        Schedule schedule = timeline.schedule(Course.started(TimeLimit.workingDays(5), at("2026-12-01T09:00")));

        assertThat(schedule.provisional()).isFalse();
        assertThat(schedule.dueDate()).isEqualTo(LocalDate.parse("2026-12-08"));
    }

    @Test
    void usedFractionGrowsWithWorkingDaysAndPassesOneWhenOverdue() {
        Course course = Course.started(TimeLimit.workingDays(20), at("2026-02-10T09:30"));

        assertThat(timeline.progress(course, at("2026-02-10T15:00")).usedFraction()).isZero();
        assertThat(timeline.progress(course, at("2026-02-10T15:00")).daysLeft()).isEqualTo(20);
        assertThat(timeline.progress(course, at("2026-02-20T10:00")).usedFraction()).isEqualTo(0.2);
        assertThat(timeline.progress(course, at("2026-03-10T10:00")).usedFraction()).isEqualTo(0.8);
        Progress late = timeline.progress(course, at("2026-03-17T10:00"));
        assertThat(late.overdue()).isTrue();
        assertThat(late.daysLeft()).isEqualTo(-1);
        assertThat(late.usedFraction()).isGreaterThan(1);
    }

    @Test
    void usedFractionOfHoursIsTheShareOfTimeElapsed() {
        Course course = Course.started(TimeLimit.clockHours(2), at("2026-11-22T10:00"));

        Progress progress = timeline.progress(course, at("2026-11-22T11:30"));

        assertThat(progress.usedFraction()).isCloseTo(0.75, within(1e-9));
        assertThat(progress.timeLeft()).isEqualTo(Duration.ofMinutes(30));
        assertThat(progress.overdue()).isFalse();
    }

    @Test
    void dueSoonShareIsCountedWithoutFloatingPointSurprises() {
        // 0.7 * 10 is 7.000000000000001 in doubles; the warning still comes with 3 of 10 days left.
        Schedule schedule = new Timeline(UNTIL_2026, 0.7)
                .schedule(Course.started(TimeLimit.workingDays(10), at("2026-03-02T09:00")));

        assertThat(schedule.dueDate()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(schedule.dueSoonAt()).isEqualTo(at("2026-03-12T00:00"));
    }

    private static Instant at(String chinaTime) {
        return LocalDateTime.parse(chinaTime).atZone(ChinaTime.ZONE).toInstant();
    }

    private static List<String> holidayFile(int year) {
        try (InputStream in = TimelineTests.class.getClassLoader()
                .getResourceAsStream("calendar/holidays-" + year + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
