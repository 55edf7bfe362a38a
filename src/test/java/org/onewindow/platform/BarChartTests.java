package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTests {

    @Test
    void isAnImageWithATitleADescriptionAndEveryValueAsText() {
        String svg = BarChart.of("on-time", "按期办结率", "各事项的按期办结率，数字见下表。", 100, List.of("按期办结率"))
                .bar("失业登记", BarChart.value(66.67, "66.67% (2/3)"))
                .bar("养老金申领", BarChart.none("无数据"))
                .svg();

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("role=\"img\"")
                .contains("aria-labelledby=\"on-time-title on-time-desc\"")
                .contains("<title id=\"on-time-title\">按期办结率</title>")
                .contains("<desc id=\"on-time-desc\">各事项的按期办结率，数字见下表。</desc>")
                .contains(">66.67% (2/3)</text>")
                .contains("<title>失业登记：66.67% (2/3)</title>")
                .contains(">无数据</text>")
                .doesNotContain("<script")
                .doesNotContain("style=");
        assertThat(svg.split("<rect", -1)).hasSize(2);
    }

    @Test
    void barsAreScaledToTheMaximumAndLongerOnesAreCut() {
        String svg = BarChart.of("c", "t", "d", 10, List.of("s"))
                .bar("a", BarChart.value(5, "5"))
                .bar("b", BarChart.value(25, "25"))
                .svg();
        int labelWidth = Integer.parseInt(svg.replaceAll("(?s).*<line x1=\"(\\d+)\".*", "$1"));
        int plot = 600 - labelWidth - 100;

        assertThat(svg).contains("width=\"" + Math.round(plot / 2.0) + "\"").contains("width=\"" + plot + "\"");
    }

    @Test
    void escapesTextAndShortensLongLabelsKeepingThemInTheTooltip() {
        String label = "<script>alert(1)</script>非常非常长的事项名称超过了图表标签的宽度";
        String svg = BarChart.of("x", "A & B", "\"quoted\" 'single'", 1, List.of("用时", "承诺"))
                .bar(label, BarChart.value(0.5, "0.5"), BarChart.value(1, "1.0"))
                .svg();

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<title id=\"x-title\">A &amp; B</title>")
                .contains("&quot;quoted&quot; &#39;single&#39;")
                .contains("…</text>")
                .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;非常非常长的事项名称超过了图表标签的宽度 · 用时：0.5</title>")
                .contains(">用时</text>").contains(">承诺</text>");
    }

    @Test
    void refusesAnUnsafeIdOrAWrongNumberOfValues() {
        assertThatThrownBy(() -> BarChart.of("a\" onload=\"x", "t", "d", 1, List.of("s")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BarChart.of("a", "t", "d", 1, List.of("s")).bar("x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BarChart.value(-1, "-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
