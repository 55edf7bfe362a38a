package org.onewindow.hotline.internal;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as an SVG element, drawn on the server: no script, no styles (only
 * presentation attributes, which the content security policy allows), a title for screen
 * readers. Pages put the same numbers in a table beside it.
 */
final class SvgBarChart {

    /** One bar: its label, its value, and the text shown at its end. */
    record Bar(String label, double value, String text) {}

    private static final int WIDTH = 560;
    private static final int LABEL = 170;
    private static final int ROW = 26;
    private static final int BAR = 18;
    private static final int VALUE = 70;

    private SvgBarChart() {}

    /**
     * The chart; bars are scaled to {@code max}, or to the largest value when {@code max} is not
     * positive (counts), so that rates can be drawn against 100.
     */
    static String of(String id, String title, List<Bar> bars, double max) {
        double scale = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW) + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" id=\"").append(escape(id))
                .append("\" aria-labelledby=\"").append(escape(id)).append("-title\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\">");
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
        int barSpace = WIDTH - LABEL - VALUE;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 2 + i * ROW;
            double length = scale <= 0 ? 0 : Math.max(0, Math.min(1, bar.value() / scale)) * barSpace;
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR - 4)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1b1f23\">").append(escape(bar.label()))
                    .append("</text>");
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", length)).append("\" height=\"").append(BAR)
                    .append("\" fill=\"#1d5a9c\"/>");
            svg.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", LABEL + length + 6)).append("\" y=\"")
                    .append(y + BAR - 4).append("\" font-size=\"13\" fill=\"#1b1f23\">").append(escape(bar.text()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
