package org.onewindow.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingPeriodTests {

    @Test
    void aMonthRunsFromMidnightChinaTimeOfItsFirstDayToThatOfTheNextMonth() {
        RatingPeriod march = RatingPeriod.month(YearMonth.of(2026, 3));

        assertThat(march.from()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(march.to()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
        assertThat(march.contains(Instant.parse("2026-02-28T16:00:00Z"))).isTrue();
        assertThat(march.contains(Instant.parse("2026-03-31T15:59:59.999Z"))).isTrue();
        assertThat(march.contains(Instant.parse("2026-03-31T16:00:00Z"))).as("to is excluded").isFalse();
    }

    @Test
    void refusesAnEmptyOrBackwardPeriod() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        assertThatThrownBy(() -> RatingPeriod.days(day, day)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingPeriod.days(day, day.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesAreRoundedHalfUpToFourDecimalsAndEmptyWithoutAnyRating() {
        SatisfactionFigures figures = new SatisfactionFigures(
                Map.of(RatingLevel.VERY_SATISFIED, 1L, RatingLevel.SATISFIED, 1L, RatingLevel.DISSATISFIED, 1L),
                3, 2, 0, 1, 0);

        assertThat(figures.count(RatingLevel.FAIRLY_SATISFIED)).as("missing levels count zero").isZero();
        assertThat(figures.satisfiedShare()).contains(new BigDecimal("0.6667"));
        assertThat(figures.rectifiedOnTimeShare()).contains(new BigDecimal("0.6667"));
        assertThat(figures.poor()).isEqualTo(1);
        assertThat(SatisfactionFigures.none().satisfiedShare()).isEmpty();
    }
}
