package org.onewindow.rating.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onewindow.rating.FiguresQuery;
import org.onewindow.rating.RatingFigures;
import org.onewindow.rating.RatingLevel;
import org.onewindow.rating.RatingPeriod;
import org.onewindow.rating.SatisfactionFigures;
import org.onewindow.rating.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts ratings and rectifications per department or per item, with two grouped queries over indexes. */
@Component
class JdbcRatingFigures implements RatingFigures {

    private static final String LEVELS = """
            select %1$s as grouped, r.level, count(*) as n
            from rating.rating r
            where r.rated_at >= :from and r.rated_at < :to%2$s
            group by %1$s, r.level""";

    private static final String RECTIFICATIONS = """
            select %1$s as grouped,
                   count(*) as opened,
                   count(*) filter (where x.state = 'REPLIED' and x.replied_on_time) as on_time,
                   count(*) filter (where x.state = 'REPLIED' and not x.replied_on_time) as late,
                   count(*) filter (where x.state = 'OPEN') as still_open,
                   count(*) filter (where x.state = 'OPEN' and (x.overdue or x.due_at < :now)) as overdue
            from rating.rectification x join rating.rating r on r.id = x.rating_id
            where x.opened_at >= :from and x.opened_at < :to%2$s
            group by %1$s""";

    /** What the figures are grouped by: the department (of the rating, or of the rectification) or the item. */
    private enum Grouping {
        DEPARTMENT("r.department_id", "x.department_id"),
        ITEM("r.item_code", "r.item_code");

        private final String ratings;
        private final String rectifications;

        Grouping(String ratings, String rectifications) {
            this.ratings = ratings;
            this.rectifications = rectifications;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcRatingFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SatisfactionFigures of(FiguresQuery query) {
        return count(Grouping.DEPARTMENT, query.departmentId(), query.itemCode(), query.kind(), query.period(),
                        UUID.class)
                .getOrDefault(query.departmentId(), SatisfactionFigures.none());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, SatisfactionFigures> perDepartment(SubjectKind kind, RatingPeriod period) {
        return count(Grouping.DEPARTMENT, null, null, kind, period, UUID.class);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, SatisfactionFigures> perItem(UUID departmentId, SubjectKind kind, RatingPeriod period) {
        return count(Grouping.ITEM, java.util.Objects.requireNonNull(departmentId, "departmentId"), null, kind, period,
                String.class);
    }

    private <K> Map<K, SatisfactionFigures> count(Grouping grouping, UUID department, String item, SubjectKind kind,
            RatingPeriod period, Class<K> keyType) {
        Map<K, Map<RatingLevel, Long>> levels = new HashMap<>();
        bind(jdbc.sql(LEVELS.formatted(grouping.ratings, filters("r", department, item, kind))), department, item,
                kind, period)
                .query((java.sql.ResultSet rs) -> {
                    levels.computeIfAbsent(rs.getObject("grouped", keyType), d -> new EnumMap<>(RatingLevel.class))
                            .put(RatingLevel.of(rs.getInt("level")).orElseThrow(), rs.getLong("n"));
                });
        Map<K, long[]> rectifications = new HashMap<>();
        bind(jdbc.sql(RECTIFICATIONS.formatted(grouping.rectifications, filters("x", department, item, kind))),
                department, item, kind, period)
                .param("now", Timestamp.from(clock.instant()))
                .query((java.sql.ResultSet rs) -> {
                    rectifications.put(rs.getObject("grouped", keyType), new long[] {
                        rs.getLong("opened"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("still_open"),
                        rs.getLong("overdue")
                    });
                });
        Set<K> keys = new HashSet<>(levels.keySet());
        keys.addAll(rectifications.keySet());
        Map<K, SatisfactionFigures> figures = new HashMap<>();
        for (K id : keys) {
            long[] r = rectifications.getOrDefault(id, new long[5]);
            figures.put(id, new SatisfactionFigures(levels.getOrDefault(id, Map.of()), r[0], r[1], r[2], r[3], r[4]));
        }
        return Map.copyOf(figures);
    }

    /** Only the conditions asked for, so that each query can use the department or item index. */
    private static String filters(String table, UUID department, String item, SubjectKind kind) {
        return (department == null ? "" : " and " + table + ".department_id = :department")
                + (item == null ? "" : " and r.item_code = :item")
                + (kind == null ? "" : " and r.subject_kind = :kind");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UUID department, String item,
            SubjectKind kind, RatingPeriod period) {
        JdbcClient.StatementSpec bound = statement
                .param("from", Timestamp.from(period.from()))
                .param("to", Timestamp.from(period.to()));
        if (department != null) {
            bound = bound.param("department", department);
        }
        if (item != null) {
            bound = bound.param("item", item);
        }
        if (kind != null) {
            bound = bound.param("kind", kind.name());
        }
        return bound;
    }
}
