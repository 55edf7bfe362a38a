package org.onewindow.rating.internal.performance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onewindow.casework.CaseFigures;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.identity.Department;
import org.onewindow.rating.FiguresQuery;
import org.onewindow.rating.RatingFigures;
import org.onewindow.rating.SatisfactionFigures;
import org.onewindow.rating.SubjectKind;
import org.onewindow.workflow.CasePromise;
import org.onewindow.workflow.CasePromises;
import org.springframework.stereotype.Component;

/**
 * Puts together the performance figures of departments and their items: case counts from
 * {@code casework} ({@link CaseFigures}), how each closed or running case stands against its
 * promised limit from {@code workflow} (which keeps it in the case's process, {@link CasePromises}),
 * and satisfaction and rectification from {@link RatingFigures}. Each source is read with a few
 * grouped or batched queries, never one per case and page row.
 */
@Component
class DepartmentPerformance {

    /** Business keys per promise query. */
    private static final int BATCH = 1000;

    /**
     * A department's figures.
     *
     * @param items one line per item with a case or a rating in the period, in catalogue order
     * @param total the department's line: the sums of its items
     * @param tickets the ratings of its 12345 tickets in the period (return visits)
     */
    record DepartmentReport(Department department, PerformancePeriod period, List<PerformanceLine> items,
            PerformanceLine total, SatisfactionFigures tickets) {}

    /**
     * Several departments' figures, one line each, and their sums.
     *
     * @param departments one line per department, in the order asked for
     */
    record Overview(PerformancePeriod period, List<PerformanceLine> departments, PerformanceLine total) {}

    private final CaseFigures cases;
    private final CasePromises promises;
    private final RatingFigures ratings;
    private final Catalog catalog;

    DepartmentPerformance(CaseFigures cases, CasePromises promises, RatingFigures ratings, Catalog catalog) {
        this.cases = cases;
        this.promises = promises;
        this.ratings = ratings;
        this.catalog = catalog;
    }

    DepartmentReport department(Department department, PerformancePeriod period) {
        Map<String, LineTally> byItem = new HashMap<>();
        tally(List.of(department.id()), period, true,
                (d, item) -> byItem.computeIfAbsent(item, i -> new LineTally()));
        Map<String, SatisfactionFigures> rated = ratings.perItem(department.id(), SubjectKind.CASE,
                period.ratingPeriod());
        Set<String> codes = new LinkedHashSet<>(byItem.keySet());
        codes.addAll(rated.keySet());
        List<PerformanceLine> items = new ArrayList<>();
        for (String code : codes) {
            ServiceItem item = catalog.item(code).orElse(null);
            items.add(byItem.getOrDefault(code, new LineTally()).line(code, item == null ? code : item.name(),
                    item == null ? code : item.nameEn(), rated.getOrDefault(code, SatisfactionFigures.none())));
        }
        Map<String, Integer> order = new HashMap<>();
        List<ServiceItem> catalogue = catalog.items();
        for (int i = 0; i < catalogue.size(); i++) {
            order.put(catalogue.get(i).code(), i);
        }
        items.sort(Comparator.<PerformanceLine>comparingInt(l -> order.getOrDefault(l.key(), Integer.MAX_VALUE))
                .thenComparing(PerformanceLine::key));
        PerformanceLine total = sum(department.id().toString(), department.name(), department.nameEn(), items);
        SatisfactionFigures tickets = ratings.of(FiguresQuery.of(department.id(), period.ratingPeriod())
                .kind(SubjectKind.TICKET));
        return new DepartmentReport(department, period, List.copyOf(items), total, tickets);
    }

    /**
     * One line per department.
     *
     * @param withOverdue whether to count the cases overdue now (the public page does not show them)
     */
    Overview departments(List<Department> departments, PerformancePeriod period, boolean withOverdue) {
        Map<UUID, LineTally> byDepartment = new HashMap<>();
        tally(departments.stream().map(Department::id).toList(), period, withOverdue,
                (d, item) -> byDepartment.computeIfAbsent(d, i -> new LineTally()));
        Map<UUID, SatisfactionFigures> rated = ratings.perDepartment(SubjectKind.CASE, period.ratingPeriod());
        List<PerformanceLine> lines = departments.stream()
                .map(d -> byDepartment.getOrDefault(d.id(), new LineTally()).line(d.id().toString(), d.name(),
                        d.nameEn(), rated.getOrDefault(d.id(), SatisfactionFigures.none())))
                .toList();
        return new Overview(period, lines, sum("", "合计", "Total", lines));
    }

    /** Adds the period's cases of the departments to the tallies the grouping picks. */
    private void tally(List<UUID> departments, PerformancePeriod period, boolean withOverdue, Grouping grouping) {
        for (CaseFigures.CaseCount received : cases.received(departments, period.from(), period.to())) {
            grouping.of(received.departmentId(), received.itemCode()).received += received.count();
        }
        List<CaseFigures.CaseLine> closed = cases.closed(departments, period.from(), period.to());
        Map<String, CasePromise> limits = promisedLimits(closed);
        for (CaseFigures.CaseLine line : closed) {
            LineTally tally = grouping.of(line.departmentId(), line.itemCode());
            tally.closed++;
            CasePromise limit = limits.get(line.caseId().toString());
            if (limit != null && limit.finished()) {
                tally.timed(limit);
            }
        }
        if (withOverdue) {
            List<CaseFigures.CaseLine> running = cases.inProgress(departments);
            Map<String, CasePromise> runningLimits = promisedLimits(running);
            for (CaseFigures.CaseLine line : running) {
                CasePromise limit = runningLimits.get(line.caseId().toString());
                if (limit != null && !limit.finished() && limit.overdue()) {
                    grouping.of(line.departmentId(), line.itemCode()).overdueNow++;
                }
            }
        }
    }

    /** The promised limits of the cases, by case id, in batches. */
    private Map<String, CasePromise> promisedLimits(Collection<CaseFigures.CaseLine> lines) {
        List<String> keys = lines.stream().map(l -> l.caseId().toString()).toList();
        Map<String, CasePromise> found = new HashMap<>();
        for (int i = 0; i < keys.size(); i += BATCH) {
            found.putAll(promises.promises(keys.subList(i, Math.min(keys.size(), i + BATCH))));
        }
        return found;
    }

    private static PerformanceLine sum(String key, String name, String nameEn, List<PerformanceLine> lines) {
        long received = 0;
        long closed = 0;
        long overdue = 0;
        PerformanceLine.Timing timing = PerformanceLine.Timing.NONE;
        SatisfactionFigures satisfaction = SatisfactionFigures.none();
        for (PerformanceLine line : lines) {
            received += line.received();
            closed += line.closed();
            overdue += line.overdueNow();
            timing = timing.plus(line.timing());
            satisfaction = PerformanceLine.plus(satisfaction, line.satisfaction());
        }
        return new PerformanceLine(key, name, nameEn, received, closed, timing, overdue, satisfaction);
    }

    /** Which tally a case of a department and item counts in. */
    @FunctionalInterface
    private interface Grouping {
        LineTally of(UUID departmentId, String itemCode);
    }
}
