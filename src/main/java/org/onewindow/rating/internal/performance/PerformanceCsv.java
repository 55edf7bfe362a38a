package org.onewindow.rating.internal.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onewindow.platform.Csv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The figures of a performance page as a CSV file: the same lines as the table, one per row, with the totals last. */
@Component
class PerformanceCsv {

    private static final List<String> COLUMNS = List.of(
            "performance.received", "performance.closed", "performance.timed", "performance.onTime",
            "performance.onTimeShare", "performance.extended", "performance.daysUsed", "performance.daysPromised",
            "performance.calendarDaysUsed", "performance.calendarDaysPromised", "performance.overdueNow",
            "performance.ratings", "performance.satisfied", "performance.satisfiedShare", "performance.poor",
            "performance.rectificationsOpened", "performance.rectificationsOnTime", "performance.rectifiedShare");

    private final MessageSource messages;

    PerformanceCsv(MessageSource messages) {
        this.messages = messages;
    }

    /** A department's items, then its total. */
    byte[] department(DepartmentPerformance.DepartmentReport report, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(locale, "performance.department", "performance.from", "performance.to",
                "performance.itemCode", "performance.item"));
        PerformancePeriod period = report.period();
        String department = report.department().name();
        for (PerformanceLine line : report.items()) {
            rows.add(row(line, department, period.first().toString(), period.last().toString(), line.key(),
                    PerformanceCharts.name(line, locale)));
        }
        rows.add(row(report.total(), department, period.first().toString(), period.last().toString(), "",
                text("performance.total", locale)));
        return Csv.utf8WithBom(rows);
    }

    /** One row per department, then the total. */
    byte[] overview(DepartmentPerformance.Overview overview, List<String> departmentCodes, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(locale, "performance.from", "performance.to", "performance.departmentCode",
                "performance.department"));
        PerformancePeriod period = overview.period();
        for (int i = 0; i < overview.departments().size(); i++) {
            PerformanceLine line = overview.departments().get(i);
            rows.add(row(line, period.first().toString(), period.last().toString(), departmentCodes.get(i),
                    PerformanceCharts.name(line, locale)));
        }
        rows.add(row(overview.total(), period.first().toString(), period.last().toString(), "",
                text("performance.total", locale)));
        return Csv.utf8WithBom(rows);
    }

    private List<String> header(Locale locale, String... leading) {
        List<String> header = new ArrayList<>();
        for (String key : leading) {
            header.add(text(key, locale));
        }
        COLUMNS.forEach(key -> header.add(text(key, locale)));
        return header;
    }

    private static List<String> row(PerformanceLine line, String... leading) {
        PerformanceLine.Timing timing = line.timing();
        List<String> row = new ArrayList<>(List.of(leading));
        row.addAll(List.of(Long.toString(line.received()), Long.toString(line.closed()), Long.toString(timing.timed()),
                Long.toString(timing.onTime()), line.onTimeText(), Long.toString(timing.extended()),
                PerformanceLine.decimal(line.averageWorkingDaysUsed()),
                PerformanceLine.decimal(line.averageWorkingDaysPromised()),
                PerformanceLine.decimal(line.averageCalendarDaysUsed()),
                PerformanceLine.decimal(line.averageCalendarDaysPromised()), Long.toString(line.overdueNow()),
                Long.toString(line.satisfaction().total()), Long.toString(line.satisfaction().satisfied()),
                line.satisfiedText(), Long.toString(line.satisfaction().poor()),
                Long.toString(line.satisfaction().rectificationsOpened()),
                Long.toString(line.satisfaction().rectificationsClosedOnTime()), line.rectifiedText()));
        return row;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
