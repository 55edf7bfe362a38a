package org.onewindow.rating.internal.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.onewindow.rating.RatingLevel;
import org.onewindow.rating.SatisfactionFigures;

/**
 * The figures of one line of a performance page: a department, or an item of a department.
 *
 * @param key the item code or the department id
 * @param name the item's or the department's name
 * @param nameEn its English name
 * @param received cases submitted in the period
 * @param closed cases closed with a result (办结) in the period
 * @param timing how the closed cases kept their promised limits
 * @param overdueNow cases in progress now whose promised limit has passed, whenever they came in
 * @param satisfaction the ratings of cases given in the period and the rectifications opened in it
 */
record PerformanceLine(String key, String name, String nameEn, long received, long closed, Timing timing, long overdueNow,
        SatisfactionFigures satisfaction) {

    /**
     * How the closed cases with a promised limit kept it (即办件 and cases refused at acceptance have none).
     *
     * @param timed closed cases with a promised limit
     * @param onTime of those, closed within the limit (with a granted extension, 行政许可法 Art. 42)
     * @param extended of those, whose limit was extended
     * @param workingDayCases of those, cases whose item promises working days
     * @param workingDaysUsed their working days used, in total, not counting suspended days (Art. 45)
     * @param workingDaysPromised their promised working days, in total, without extensions
     * @param calendarDayCases cases whose item promises calendar days
     * @param calendarDaysUsed their calendar days used, in total
     * @param calendarDaysPromised their promised calendar days, in total
     */
    record Timing(long timed, long onTime, long extended, long workingDayCases, long workingDaysUsed,
            long workingDaysPromised, long calendarDayCases, long calendarDaysUsed, long calendarDaysPromised) {

        static final Timing NONE = new Timing(0, 0, 0, 0, 0, 0, 0, 0, 0);

        Timing plus(Timing other) {
            return new Timing(timed + other.timed, onTime + other.onTime, extended + other.extended,
                    workingDayCases + other.workingDayCases, workingDaysUsed + other.workingDaysUsed,
                    workingDaysPromised + other.workingDaysPromised, calendarDayCases + other.calendarDayCases,
                    calendarDaysUsed + other.calendarDaysUsed, calendarDaysPromised + other.calendarDaysPromised);
        }
    }

    /** 按期办结率: the share of timed cases closed within their limit, to four decimals. */
    public Optional<BigDecimal> onTimeShare() {
        return ratio(timing.onTime(), timing.timed(), 4);
    }

    /** Average working days used by the cases whose item promises working days, to one decimal. */
    public Optional<BigDecimal> averageWorkingDaysUsed() {
        return ratio(timing.workingDaysUsed(), timing.workingDayCases(), 1);
    }

    public Optional<BigDecimal> averageWorkingDaysPromised() {
        return ratio(timing.workingDaysPromised(), timing.workingDayCases(), 1);
    }

    public Optional<BigDecimal> averageCalendarDaysUsed() {
        return ratio(timing.calendarDaysUsed(), timing.calendarDayCases(), 1);
    }

    public Optional<BigDecimal> averageCalendarDaysPromised() {
        return ratio(timing.calendarDaysPromised(), timing.calendarDayCases(), 1);
    }

    /** 满意率: ratings of 4–5 among the period's ratings of cases. */
    public Optional<BigDecimal> satisfiedShare() {
        return satisfaction.satisfiedShare();
    }

    /** 差评整改率: rectifications opened in the period and answered by their due date, among those opened. */
    public Optional<BigDecimal> rectifiedOnTimeShare() {
        return satisfaction.rectifiedOnTimeShare();
    }

    /** The on-time share as a page and the CSV file show it, e.g. {@code 66.67%}; empty without timed cases. */
    public String onTimeText() {
        return percent(onTimeShare());
    }

    public String satisfiedText() {
        return percent(satisfiedShare());
    }

    public String rectifiedText() {
        return percent(rectifiedOnTimeShare());
    }

    /** A share of four decimals as a percentage with two, e.g. {@code 0.6667} as {@code 66.67%}; empty if none. */
    static String percent(Optional<BigDecimal> share) {
        return share.map(s -> s.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%").orElse("");
    }

    /** A decimal as text, e.g. {@code 5.0}; empty if none. */
    static String decimal(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }

    /** The figures of two lines together (levels and rectification counts add up). */
    static SatisfactionFigures plus(SatisfactionFigures a, SatisfactionFigures b) {
        Map<RatingLevel, Long> levels = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            levels.put(level, a.count(level) + b.count(level));
        }
        return new SatisfactionFigures(levels, a.rectificationsOpened() + b.rectificationsOpened(),
                a.rectificationsClosedOnTime() + b.rectificationsClosedOnTime(),
                a.rectificationsClosedLate() + b.rectificationsClosedLate(),
                a.rectificationsOpen() + b.rectificationsOpen(), a.rectificationsOverdue() + b.rectificationsOverdue());
    }

    private static Optional<BigDecimal> ratio(long part, long whole, int scale) {
        return whole == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP));
    }
}
