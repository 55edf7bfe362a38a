package org.onewindow.rating.internal.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onewindow.platform.BarChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The SVG charts of the performance pages, drawn from the same lines as the tables beside them. */
@Component
class PerformanceCharts {

    /**
     * The charts of one table.
     *
     * @param onTime 按期办结率 per line
     * @param satisfaction 满意率 per line
     * @param days average working days used against the average promise, per line with such cases;
     *     {@code null} if no line has any
     */
    record Charts(String onTime, String satisfaction, String days) {}

    private final MessageSource messages;

    PerformanceCharts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param id prefix of the charts' ids, unique within the page
     * @param subject whose lines these are, for the descriptions (e.g. a department's name)
     */
    Charts of(String id, String subject, List<PerformanceLine> lines, Locale locale) {
        String noData = text("performance.chart.noData", locale);
        BarChart onTime = BarChart.of(id + "-on-time", text("performance.onTimeShare", locale),
                text("performance.chart.onTime.desc", locale, subject), 100,
                List.of(text("performance.onTimeShare", locale)));
        BarChart satisfaction = BarChart.of(id + "-satisfaction", text("performance.satisfiedShare", locale),
                text("performance.chart.satisfaction.desc", locale, subject), 100,
                List.of(text("performance.satisfiedShare", locale)));
        for (PerformanceLine line : lines) {
            String label = name(line, locale);
            onTime.bar(label, share(line.onTimeShare(), line.onTimeText() + " (" + line.timing().onTime() + "/"
                    + line.timing().timed() + ")", noData));
            satisfaction.bar(label, share(line.satisfiedShare(), line.satisfiedText() + " ("
                    + line.satisfaction().satisfied() + "/" + line.satisfaction().total() + ")", noData));
        }
        List<PerformanceLine> timed = lines.stream().filter(l -> l.timing().workingDayCases() > 0).toList();
        String days = null;
        if (!timed.isEmpty()) {
            double max = timed.stream().mapToDouble(l -> Math.max(number(l.averageWorkingDaysUsed()),
                    number(l.averageWorkingDaysPromised()))).max().orElse(1);
            BarChart chart = BarChart.of(id + "-days", text("performance.chart.days.title", locale),
                    text("performance.chart.days.desc", locale, subject), Math.max(1, max),
                    List.of(text("performance.daysUsed", locale), text("performance.daysPromised", locale)));
            for (PerformanceLine line : timed) {
                chart.bar(name(line, locale),
                        BarChart.value(number(line.averageWorkingDaysUsed()),
                                PerformanceLine.decimal(line.averageWorkingDaysUsed())),
                        BarChart.value(number(line.averageWorkingDaysPromised()),
                                PerformanceLine.decimal(line.averageWorkingDaysPromised())));
            }
            days = chart.svg();
        }
        return new Charts(onTime.svg(), satisfaction.svg(), days);
    }

    static String name(PerformanceLine line, Locale locale) {
        return "en".equals(locale.getLanguage()) && line.nameEn() != null ? line.nameEn() : line.name();
    }

    private static BarChart.Value share(Optional<BigDecimal> share, String text, String noData) {
        return share.map(s -> BarChart.value(s.doubleValue() * 100, text)).orElseGet(() -> BarChart.none(noData));
    }

    private static double number(Optional<BigDecimal> value) {
        return value.map(BigDecimal::doubleValue).orElse(0.0);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
