package org.onewindow.hotline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Region;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.DivisionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The centre's figures for the tickets taken in during a period (days in China time), within a
 * region or everywhere: volume by category, district and channel, the on-time rates of sign-for
 * and reply (one count per round, from {@code hotline.ticket_timing}), satisfaction (each visited
 * ticket's latest return-visit level), the reopen rate (visited tickets reopened at least once)
 * and the most frequent service and district pairs. Counts only: no personal data.
 */
@Component
class HotlineFigures {

    static final int TOP = 10;

    /** The days counted, both included. */
    record Period(LocalDate from, LocalDate to) {

        Instant start() {
            return from.atStartOfDay(ChinaTime.ZONE).toInstant();
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        }
    }

    /** A share: {@code hits} of {@code total}; no total, no rate. */
    record Rate(long hits, long total) {

        Double percent() {
            return total == 0 ? null : 100.0 * hits / total;
        }

        /** {@code 75.0%}, or {@code —} without a total. */
        String formatted() {
            return total == 0 ? "—" : "%.1f%%".formatted(percent());
        }
    }

    /** Tickets counted under a key: a category, a district code, a channel. */
    record Count(String key, long count) {}

    /** A service reported again and again in one district. */
    record Recurring(String serviceCode, String serviceName, String districtCode, String districtName, long count) {}

    /**
     * The return visits' satisfaction.
     *
     * @param byLevel visited tickets per level, 5 (非常满意) down to 1 (非常不满意)
     * @param satisfied visited tickets at 满意 (4) or 非常满意 (5)
     */
    record Satisfaction(long visited, Double average, Map<Integer, Long> byLevel, Rate satisfied) {}

    record Figures(Period period, long total, List<Count> byCategory, List<Count> byDistrict, List<Count> byChannel,
            Rate signOnTime, Rate replyOnTime, Satisfaction satisfaction, Rate reopened, List<Recurring> recurring) {}

    private final JdbcClient jdbc;
    private final DispatchCatalogue catalogue;
    private final Departments departments;

    HotlineFigures(JdbcClient jdbc, DispatchCatalogue catalogue, Departments departments) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.departments = departments;
    }

    /** The figures of the tickets taken in during the period within {@code region} ({@code null}: all). */
    Figures of(Period period, DivisionCode region) {
        Map<String, Object> params = Map.of(
                "start", Timestamp.from(period.start()),
                "end", Timestamp.from(period.end()),
                "region", region == null ? "%" : Regions.likePattern(region));
        String cohort = "t.created_at >= :start and t.created_at < :end and t.district_code like :region";

        Map<TicketCategory, Long> categories = new EnumMap<>(TicketCategory.class);
        for (TicketCategory category : TicketCategory.values()) {
            categories.put(category, 0L);
        }
        Map<String, Long> districts = new LinkedHashMap<>();
        Map<String, Long> channels = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            channels.put(channel.name(), 0L);
        }
        Map<List<String>, Long> pairs = new HashMap<>();
        long[] total = {0};
        jdbc.sql("select t.service_code, t.district_code, t.channel, count(*) as n from hotline.ticket t where "
                        + cohort + " group by 1, 2, 3")
                .params(params)
                .query(rs -> {
                    String service = rs.getString("service_code");
                    String district = rs.getString("district_code");
                    long n = rs.getLong("n");
                    total[0] += n;
                    catalogue.service(service).ifPresent(s -> categories.merge(s.category(), n, Long::sum));
                    districts.merge(district, n, Long::sum);
                    channels.merge(rs.getString("channel"), n, Long::sum);
                    pairs.merge(List.of(service, district), n, Long::sum);
                });

        Map<String, Rate> timings = new HashMap<>();
        jdbc.sql("select tt.step, count(*) filter (where tt.on_time) as hits, count(*) as total"
                        + " from hotline.ticket_timing tt join hotline.ticket t on t.id = tt.ticket_id where " + cohort
                        + " group by tt.step")
                .params(params)
                .query(rs -> {
                    timings.put(rs.getString("step"), new Rate(rs.getLong("hits"), rs.getLong("total")));
                });

        Map<Integer, Long> levels = new LinkedHashMap<>();
        for (int level = 5; level >= 1; level--) {
            levels.put(level, 0L);
        }
        jdbc.sql("select t.satisfaction, count(*) as n from hotline.ticket t where " + cohort
                        + " and t.satisfaction is not null group by 1")
                .params(params)
                .query(rs -> {
                    levels.put(rs.getInt("satisfaction"), rs.getLong("n"));
                });
        long visited = levels.values().stream().mapToLong(Long::longValue).sum();
        long sum = levels.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        Satisfaction satisfaction = new Satisfaction(visited, visited == 0 ? null : (double) sum / visited, levels,
                new Rate(levels.get(5) + levels.get(4), visited));

        long reopened = jdbc.sql("select count(*) from hotline.ticket t where " + cohort
                        + " and t.satisfaction is not null and exists (select 1 from hotline.ticket_event e"
                        + " where e.ticket_id = t.id and e.action = 'reopened')")
                .params(params).query(Long.class).single();

        return new Figures(period, total[0],
                categories.entrySet().stream().map(e -> new Count(e.getKey().name(), e.getValue()))
                        .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key)).toList(),
                sorted(districts), sorted(channels),
                timings.getOrDefault(TicketTimings.SIGN, new Rate(0, 0)),
                timings.getOrDefault(TicketTimings.REPLY, new Rate(0, 0)),
                satisfaction, new Rate(reopened, visited), recurring(pairs));
    }

    /** The district's name as the directory gives it, else its code. */
    String districtName(String code) {
        return DivisionCode.isValid(code)
                ? departments.region(DivisionCode.parse(code)).map(Region::name).orElse(code) : code;
    }

    private List<Recurring> recurring(Map<List<String>, Long> pairs) {
        return pairs.entrySet().stream()
                .sorted(Map.Entry.<List<String>, Long>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().get(0)).thenComparing(e -> e.getKey().get(1)))
                .limit(TOP)
                .map(e -> new Recurring(e.getKey().get(0),
                        catalogue.service(e.getKey().get(0)).map(HotlineService::name).orElse(e.getKey().get(0)),
                        e.getKey().get(1), districtName(e.getKey().get(1)), e.getValue()))
                .toList();
    }

    private static List<Count> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key)).toList();
    }
}
