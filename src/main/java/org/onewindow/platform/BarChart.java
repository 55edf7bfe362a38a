package org.onewindow.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart rendered on the server as inline SVG: no script, no external file.
 *
 * <p>The SVG is an image with a name and a description ({@code role="img"}, {@code <title>},
 * {@code <desc>}, referenced by {@code aria-labelledby}), each bar carries its value as text and
 * as a tooltip, and long labels are shortened with an ellipsis (the full text stays in the
 * tooltip). Pages show the same numbers in a table beside the chart for screen readers and for
 * copying. Colours are presentation attributes, so a strict Content-Security-Policy
 * ({@code style-src 'self'}) does not strip them; every text is escaped.
 *
 * <pre>{@code
 * String svg = BarChart.of("on-time", "按期办结率", "各事项按期办结率，数据见下表。", 100, List.of("按期办结率"))
 *         .bar("失业登记", BarChart.value(66.67, "66.67%"))
 *         .bar("养老金申领", BarChart.none("无办结"))
 *         .svg();
 * }</pre>
 */
public final class BarChart {

    private static final String[] COLOURS = {"#1d4f91", "#0b6b3a", "#b3261e", "#7a5c00", "#5b3f8c"};
    private static final int WIDTH = 600;
    private static final int FONT = 13;
    private static final int BAR = 16;
    private static final int GAP = 10;
    private static final int TOP = 8;
    private static final int LEGEND = 24;
    private static final int VALUE_SPACE = 100;
    private static final int MAX_LABEL_CHARS = 24;

    /**
     * One value of a bar.
     *
     * @param number the length of the bar, or {@code null} when there is nothing to show
     * @param text what is written at its end, e.g. {@code 66.67%} or {@code 无数据}
     */
    public record Value(Double number, String text) {

        public Value {
            Objects.requireNonNull(text, "text");
            if (number != null && (number.isNaN() || number < 0)) {
                throw new IllegalArgumentException("a bar cannot be negative or NaN: " + number);
            }
        }
    }

    private record Bar(String label, List<Value> values) {}

    private final String id;
    private final String title;
    private final String description;
    private final double max;
    private final List<String> series;
    private final List<Bar> bars = new ArrayList<>();

    private BarChart(String id, String title, String description, double max, List<String> series) {
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("a chart id is a letter followed by letters, digits, - or _: " + id);
        }
        if (!(max > 0)) {
            throw new IllegalArgumentException("the scale's maximum must be positive, got " + max);
        }
        if (series.isEmpty() || series.size() > COLOURS.length) {
            throw new IllegalArgumentException("a chart has 1 to " + COLOURS.length + " series");
        }
        this.id = id;
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.max = max;
        this.series = List.copyOf(series);
    }

    /**
     * A chart without bars yet.
     *
     * @param id unique within the page; the title and description get {@code id-title}, {@code id-desc}
     * @param max the value a full-length bar stands for (longer values are drawn full length)
     * @param series the name of each value of a bar, in order; a legend is drawn for two or more
     */
    public static BarChart of(String id, String title, String description, double max, List<String> series) {
        return new BarChart(id, title, description, max, series);
    }

    public static Value value(double number, String text) {
        return new Value(number, text);
    }

    /** No bar, only the text (e.g. "no cases"). */
    public static Value none(String text) {
        return new Value(null, text);
    }

    /** Adds a bar (a group of bars with two or more series) with one value per series. */
    public BarChart bar(String label, Value... values) {
        if (values.length != series.size()) {
            throw new IllegalArgumentException("expected " + series.size() + " values for " + label);
        }
        bars.add(new Bar(Objects.requireNonNull(label, "label"), List.of(values)));
        return this;
    }

    public String svg() {
        int labelWidth = Math.min(MAX_LABEL_CHARS, bars.stream().mapToInt(b -> width(b.label())).max().orElse(2))
                * FONT / 2 + 12;
        int plot = WIDTH - labelWidth - VALUE_SPACE;
        int legend = series.size() > 1 ? LEGEND : 0;
        int group = series.size() * BAR + GAP;
        int height = TOP + legend + Math.max(1, bars.size()) * group + 4;
        StringBuilder svg = new StringBuilder(512 + bars.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" id=\"").append(id)
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" font-size=\"").append(FONT)
                .append("\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        if (legend > 0) {
            int x = labelWidth;
            for (int s = 0; s < series.size(); s++) {
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(TOP).append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(COLOURS[s]).append("\"/>");
                svg.append("<text x=\"").append(x + 16).append("\" y=\"").append(TOP + 11).append("\">")
                        .append(escape(series.get(s))).append("</text>");
                x += 16 + width(series.get(s)) * FONT / 2 + 24;
            }
        }
        int top = TOP + legend;
        svg.append("<line x1=\"").append(labelWidth).append("\" y1=\"").append(top).append("\" x2=\"").append(labelWidth)
                .append("\" y2=\"").append(height - 4).append("\" stroke=\"#505a64\"/>");
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            int y = top + b * group;
            svg.append("<g class=\"chart-bar\">");
            svg.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + series.size() * BAR / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(escape(shorten(bar.label()))).append("</text>");
            for (int s = 0; s < series.size(); s++) {
                Value value = bar.values().get(s);
                int barY = y + s * BAR;
                int length = value.number() == null ? 0 : (int) Math.round(Math.min(1, value.number() / max) * plot);
                if (value.number() != null) {
                    svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(barY + 1).append("\" width=\"")
                            .append(Math.max(length, 1)).append("\" height=\"").append(BAR - 2).append("\" fill=\"")
                            .append(COLOURS[s]).append("\"><title>").append(escape(bar.label()));
                    if (series.size() > 1) {
                        svg.append(" · ").append(escape(series.get(s)));
                    }
                    svg.append("：").append(escape(value.text())).append("</title></rect>");
                }
                svg.append("<text x=\"").append(labelWidth + length + 6).append("\" y=\"").append(barY + BAR - 4)
                        .append("\">").append(escape(value.text())).append("</text>");
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Display width in half-width characters: CJK and other wide characters count two. */
    private static int width(String text) {
        return text.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
    }

    private static String shorten(String label) {
        if (width(label) <= MAX_LABEL_CHARS) {
            return label;
        }
        StringBuilder shortened = new StringBuilder();
        int used = 0;
        for (int c : label.codePoints().toArray()) {
            int w = c < 0x1100 ? 1 : 2;
            if (used + w > MAX_LABEL_CHARS - 2) {
                break;
            }
            shortened.appendCodePoint(c);
            used += w;
        }
        return shortened.append('…').toString();
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
