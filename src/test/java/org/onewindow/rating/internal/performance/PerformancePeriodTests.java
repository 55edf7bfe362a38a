package org.onewindow.rating.internal.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.onewindow.rating.RatingError;
import org.onewindow.shared.ChinaTime;

class PerformancePeriodTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 6);

    @Test
    void withoutParametersItIsTheCurrentMonth() {
        PerformancePeriod period = PerformancePeriod.parse(null, "", " ", TODAY);

        assertThat(period).isEqualTo(PerformancePeriod.of(YearMonth.of(2026, 7)));
        assertThat(period.first()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(period.last()).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void aMonthRunsFromMidnightOfItsFirstDayToMidnightAfterItsLastInChinaTime() {
        PerformancePeriod june = PerformancePeriod.parse("2026-06", null, null, TODAY);

        assertThat(june.from()).isEqualTo(ZonedDateTime.of(2026, 6, 1, 0, 0, 0, 0, ChinaTime.ZONE).toInstant());
        assertThat(june.to()).isEqualTo(ZonedDateTime.of(2026, 7, 1, 0, 0, 0, 0, ChinaTime.ZONE).toInstant());
        assertThat(june.slug()).isEqualTo("2026-06");
        assertThat(PerformanceController.link("/x", june)).isEqualTo("/x?month=2026-06");
    }

    @Test
    void customDaysIncludeBothEndsAndWinOverTheMonth() {
        PerformancePeriod days = PerformancePeriod.parse("2026-05", "2026-06-01", "2026-06-10", TODAY);

        assertThat(days.isMonth()).isFalse();
        assertThat(days.to()).isEqualTo(ZonedDateTime.of(2026, 6, 11, 0, 0, 0, 0, ChinaTime.ZONE).toInstant());
        assertThat(days.slug()).isEqualTo("2026-06-01_2026-06-10");
        assertThat(PerformanceController.link("/x", days)).isEqualTo("/x?from=2026-06-01&to=2026-06-10");
        assertThat(PerformancePeriod.parse(null, "2025-07-06", "2026-07-06", TODAY).last())
                .isEqualTo(LocalDate.of(2026, 7, 6));
    }

    @Test
    void badPeriodsNameTheFieldAndTheReason() {
        assertInvalid("2026-13", null, null, RatingError.PERIOD_MONTH_INVALID, "month");
        assertInvalid("June", null, null, RatingError.PERIOD_MONTH_INVALID, "month");
        assertInvalid("1999-12", null, null, RatingError.PERIOD_MONTH_INVALID, "month");
        assertInvalid("2026-08", null, null, RatingError.PERIOD_IN_FUTURE, "month");
        assertInvalid(null, "2026-06-01", null, RatingError.PERIOD_INCOMPLETE, "to");
        assertInvalid(null, "", "2026-06-01", RatingError.PERIOD_INCOMPLETE, "from");
        assertInvalid(null, "2026-06-31", "2026-07-01", RatingError.PERIOD_DATE_INVALID, "from");
        assertInvalid(null, "2026-06-01", "06/30/2026", RatingError.PERIOD_DATE_INVALID, "to");
        assertInvalid(null, "1999-12-31", "2000-01-31", RatingError.PERIOD_DATE_INVALID, "from");
        assertInvalid(null, "2026-06-10", "2026-06-01", RatingError.PERIOD_REVERSED, "to");
        assertInvalid(null, "2025-07-04", "2026-07-05", RatingError.PERIOD_TOO_LONG, "to");
        assertInvalid(null, "2026-07-07", "2026-07-31", RatingError.PERIOD_IN_FUTURE, "from");
    }

    @Test
    void offersThisMonthAndTheElevenBefore() {
        assertThat(PerformancePeriod.presets(TODAY)).hasSize(12)
                .startsWith(YearMonth.of(2026, 7), YearMonth.of(2026, 6))
                .endsWith(YearMonth.of(2025, 8));
    }

    private static void assertInvalid(String month, String from, String to, RatingError error, String field) {
        assertThatThrownBy(() -> PerformancePeriod.parse(month, from, to, TODAY))
                .isInstanceOfSatisfying(PerformancePeriod.Invalid.class, e -> {
                    assertThat(e.error()).isEqualTo(error);
                    assertThat(e.field()).isEqualTo(field);
                });
    }
}
