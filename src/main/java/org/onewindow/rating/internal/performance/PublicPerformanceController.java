package org.onewindow.rating.internal.performance;

import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.platform.PublicPortalPaths;
import org.onewindow.rating.RatingError;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page (政务公开, no login): each department's satisfaction and on-time figures for the
 * recent complete months, with charts for the month chosen.
 */
@Controller
class PublicPerformanceController {

    /**
     * One department's row of the trend tables.
     *
     * @param named a line of the department with figures, for its name
     * @param perMonth its line of each month shown, newest first; {@code null} where it had none
     */
    record Trend(PerformanceLine named, List<PerformanceLine> perMonth) {}

    private final PublicPerformance figures;
    private final PerformanceCharts charts;

    PublicPerformanceController(PublicPerformance figures, PerformanceCharts charts) {
        this.figures = figures;
        this.charts = charts;
    }

    @Bean
    static PublicPortalPaths publicPerformancePaths() {
        return new PublicPortalPaths("/performance");
    }

    @GetMapping("/performance")
    String page(@RequestParam(required = false) String month, Locale locale, HttpServletResponse response,
            Model model) {
        List<YearMonth> months = figures.months();
        model.addAttribute("months", months);
        YearMonth shown = months.getFirst();
        if (month != null && !month.isBlank()) {
            try {
                shown = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                shown = null;
            }
            if (shown == null || !months.contains(shown)) {
                response.setStatus(RatingError.PERIOD_MONTH_INVALID.status());
                model.addAttribute("errors", Map.of("month", RatingError.PERIOD_MONTH_INVALID.code()));
                model.addAttribute("month", month);
                return "rating/performance-public";
            }
        }
        model.addAttribute("month", shown.toString());
        model.addAttribute("shown", shown);
        DepartmentPerformance.Overview overview = figures.month(shown);
        List<PerformanceLine> withFigures = overview.departments().stream().filter(PublicPerformanceController::any)
                .toList();
        model.addAttribute("lines", withFigures);
        model.addAttribute("charts", charts.of("public", shown.toString(), withFigures, locale));
        model.addAttribute("trends", trends(months));
        return "rating/performance-public";
    }

    /** The departments with any figure in any of the months, each with its line of every month ({@code null} if none). */
    private List<Trend> trends(List<YearMonth> months) {
        Map<String, PerformanceLine[]> byDepartment = new LinkedHashMap<>();
        for (int m = 0; m < months.size(); m++) {
            for (PerformanceLine line : figures.month(months.get(m)).departments()) {
                byDepartment.computeIfAbsent(line.key(), k -> new PerformanceLine[months.size()])[m] = line;
            }
        }
        List<Trend> trends = new ArrayList<>();
        for (PerformanceLine[] lines : byDepartment.values()) {
            List<PerformanceLine> perMonth = java.util.Arrays.asList(lines);
            perMonth.stream().filter(l -> l != null && any(l)).findFirst()
                    .ifPresent(named -> trends.add(new Trend(named, perMonth)));
        }
        return trends;
    }

    private static boolean any(PerformanceLine line) {
        return line.closed() > 0 || line.satisfaction().total() > 0 || line.satisfaction().rectificationsOpened() > 0;
    }
}
