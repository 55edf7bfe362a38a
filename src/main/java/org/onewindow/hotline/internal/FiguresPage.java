package org.onewindow.hotline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.platform.BarChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the figures into what the dashboard and the public summary show: for each measure a
 * chart drawn on the server and a table with the same numbers, labels in the reader's language.
 */
@Component
class FiguresPage {

    /** One line of a table: what, how much, and of what (for rates). */
    record Row(String key, String label, String value, String detail) {}

    /** One measure: a heading, its chart and its table. */
    record Section(String id, String title, String chart, List<Row> rows) {}

    private final MessageSource messages;
    private final HotlineFigures lookUp;

    FiguresPage(MessageSource messages, HotlineFigures lookUp) {
        this.messages = messages;
        this.lookUp = lookUp;
    }

    List<Section> sections(HotlineFigures.Figures figures, Locale locale) {
        List<Section> sections = new ArrayList<>();
        sections.add(counts("by-category", text("hotline.figures.byCategory", locale), figures.byCategory(),
                key -> text("hotline.category." + key.toLowerCase(Locale.ROOT), locale)));
        sections.add(counts("by-district", text("hotline.figures.byDistrict", locale), figures.byDistrict(),
                lookUp::districtName));
        sections.add(counts("by-channel", text("hotline.figures.byChannel", locale), figures.byChannel(),
                key -> text("hotline.channel." + key.toLowerCase(Locale.ROOT), locale)));
        sections.add(rates(figures, locale));
        sections.add(levels(figures.satisfaction(), locale));
        sections.add(recurring(figures.recurring(), locale));
        return sections;
    }

    private Section counts(String id, String title, List<HotlineFigures.Count> counts,
            java.util.function.Function<String, String> label) {
        List<Row> rows = counts.stream()
                .map(c -> new Row(c.key(), label.apply(c.key()), Long.toString(c.count()), null)).toList();
        return new Section(id, title, countChart("chart-" + id, title, rows), rows);
    }

    private Section rates(HotlineFigures.Figures figures, Locale locale) {
        List<Row> rows = List.of(
                rate("sign", text("hotline.figures.signOnTime", locale), figures.signOnTime()),
                rate("reply", text("hotline.figures.replyOnTime", locale), figures.replyOnTime()),
                rate("satisfied", text("hotline.figures.satisfied", locale), figures.satisfaction().satisfied()),
                rate("reopened", text("hotline.figures.reopened", locale), figures.reopened()));
        String title = text("hotline.figures.rates", locale);
        BarChart chart = BarChart.of("chart-rates", title, title, 100, List.of(title));
        for (Row row : rows) {
            HotlineFigures.Rate rate = switch (row.key()) {
                case "sign" -> figures.signOnTime();
                case "reply" -> figures.replyOnTime();
                case "satisfied" -> figures.satisfaction().satisfied();
                default -> figures.reopened();
            };
            chart.bar(row.label(), rate.percent() == null ? BarChart.none(row.value())
                    : BarChart.value(rate.percent(), row.value()));
        }
        return new Section("rates", title, chart.svg(), rows);
    }

    private Section levels(HotlineFigures.Satisfaction satisfaction, Locale locale) {
        String title = text("hotline.figures.satisfaction", locale) + (satisfaction.average() == null ? ""
                : " · " + text("hotline.figures.average", locale) + " "
                        + String.format(Locale.ROOT, "%.2f", satisfaction.average()));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, Long> level : satisfaction.byLevel().entrySet()) {
            rows.add(new Row(level.getKey().toString(), text("hotline.level." + level.getKey(), locale),
                    level.getValue().toString(), null));
        }
        return new Section("satisfaction", title, countChart("chart-satisfaction", title, rows), rows);
    }

    private Section recurring(List<HotlineFigures.Recurring> recurring, Locale locale) {
        String title = text("hotline.figures.recurring", locale);
        List<Row> rows = recurring.stream().map(r -> new Row(r.serviceCode() + "@" + r.districtCode(),
                r.serviceName() + " · " + r.districtName(), Long.toString(r.count()), null)).toList();
        return new Section("recurring", title, countChart("chart-recurring", title, rows), rows);
    }

    /** Counts drawn against the largest of them (a full bar is the largest count). */
    static String countChart(String id, String title, List<Row> rows) {
        double largest = rows.stream().mapToDouble(r -> Double.parseDouble(r.value())).max().orElse(0);
        BarChart chart = BarChart.of(id, title, title, Math.max(largest, 1), List.of(title));
        rows.forEach(r -> chart.bar(r.label(), BarChart.value(Double.parseDouble(r.value()), r.value())));
        return chart.svg();
    }

    private static Row rate(String key, String label, HotlineFigures.Rate rate) {
        return new Row(key, label, rate.formatted(), rate.hits() + " / " + rate.total());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
