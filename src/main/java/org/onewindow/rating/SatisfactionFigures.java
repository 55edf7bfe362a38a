package org.onewindow.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the ratings of a department (or item) in a period add up to.
 *
 * <p>Ratings count by when they were given. Rectifications count as a cohort: those opened in
 * the period, each in the state it is in when the figures are read (so a rectification opened in
 * March and answered late in April counts in March's figures as closed late).
 *
 * @param perLevel how many ratings of each level; every level is present, zero if none
 * @param rectificationsOpened rectifications opened in the period (poor ratings of cases, and of
 *     tickets whose reporter said the problem was solved)
 * @param rectificationsClosedOnTime of those, replied to the rater by the due date
 * @param rectificationsClosedLate of those, replied after the due date
 * @param rectificationsOpen of those, not replied yet
 * @param rectificationsOverdue of those still open, how many are past their due date now
 */
public record SatisfactionFigures(
        Map<RatingLevel, Long> perLevel,
        long rectificationsOpened,
        long rectificationsClosedOnTime,
        long rectificationsClosedLate,
        long rectificationsOpen,
        long rectificationsOverdue) {

    public SatisfactionFigures {
        EnumMap<RatingLevel, Long> all = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            all.put(level, perLevel.getOrDefault(level, 0L));
        }
        perLevel = Collections.unmodifiableMap(all);
    }

    /** No ratings and no rectifications. */
    public static SatisfactionFigures none() {
        return new SatisfactionFigures(Map.of(), 0, 0, 0, 0, 0);
    }

    public long count(RatingLevel level) {
        return perLevel.get(level);
    }

    public long total() {
        return perLevel.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Ratings of 4 or 5. */
    public long satisfied() {
        return perLevel.entrySet().stream().filter(e -> e.getKey().satisfied()).mapToLong(Map.Entry::getValue).sum();
    }

    /** 差评: ratings of 1 or 2. */
    public long poor() {
        return perLevel.entrySet().stream().filter(e -> e.getKey().poor()).mapToLong(Map.Entry::getValue).sum();
    }

    /** 满意率: the share of 4–5 among all ratings, to four decimals (0.6667), empty without ratings. */
    public Optional<BigDecimal> satisfiedShare() {
        return share(satisfied(), total());
    }

    /** The share of the opened rectifications answered by their due date, empty if none was opened. */
    public Optional<BigDecimal> rectifiedOnTimeShare() {
        return share(rectificationsClosedOnTime, rectificationsOpened);
    }

    private static Optional<BigDecimal> share(long part, long whole) {
        return whole == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
    }
}
