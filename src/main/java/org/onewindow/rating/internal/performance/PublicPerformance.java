package org.onewindow.rating.internal.performance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onewindow.identity.Departments;
import org.onewindow.shared.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * The figures the public page discloses (政务公开): per department and complete month, cases closed
 * and on time, ratings and satisfaction, rectifications answered on time. No case, person or
 * comment. Each month's figures are kept for {@code onewindow.rating.performance.public-cache},
 * so that a page anyone may load does not query the database on every request.
 */
@Component
class PublicPerformance {

    private record Cached(DepartmentPerformance.Overview overview, Instant countedAt) {}

    private final DepartmentPerformance performance;
    private final Departments departments;
    private final PerformanceProperties properties;
    private final Clock clock;
    private final Map<YearMonth, Cached> cache = new ConcurrentHashMap<>();

    PublicPerformance(DepartmentPerformance performance, Departments departments, PerformanceProperties properties,
            Clock clock) {
        this.performance = performance;
        this.departments = departments;
        this.properties = properties;
        this.clock = clock;
    }

    /** The complete months the page shows, newest first: the months before the current one. */
    List<YearMonth> months() {
        YearMonth current = YearMonth.from(LocalDate.now(clock.withZone(ChinaTime.ZONE)));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 1; i <= properties.publicMonths(); i++) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    /** Every department's line for a complete month (departments without any figures included). */
    DepartmentPerformance.Overview month(YearMonth month) {
        Instant now = clock.instant();
        Cached cached = cache.get(month);
        if (cached == null || !cached.countedAt().plus(properties.publicCache()).isAfter(now)
                || cached.countedAt().isAfter(now)) {
            cached = new Cached(performance.departments(departments.all(), PerformancePeriod.of(month), false), now);
            cache.put(month, cached);
        }
        return cached.overview();
    }
}
