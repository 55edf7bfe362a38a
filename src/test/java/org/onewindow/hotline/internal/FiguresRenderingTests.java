package org.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresRenderingTests {

    @Test
    void aBarChartEscapesItsLabelsAndScalesRatesToAHundred() {
        String svg = SvgBarChart.of("chart-x", "按时率 <测试>", List.of(
                new SvgBarChart.Bar("签收 & 答复", 50, "50.0%"),
                new SvgBarChart.Bar("<script>", 100, "100.0%")), 100);

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"")
                .contains("<title id=\"chart-x-title\">按时率 &lt;测试&gt;</title>")
                .contains("签收 &amp; 答复").contains("&lt;script&gt;").doesNotContain("<script>")
                .doesNotContain("style=");
        assertThat(svg).contains("width=\"160.0\"").contains("width=\"320.0\"");
    }

    @Test
    void countsAreScaledToTheLargestAndAnEmptyChartDrawsNoBars() {
        String svg = SvgBarChart.of("c", "t", List.of(new SvgBarChart.Bar("a", 3, "3"),
                new SvgBarChart.Bar("b", 6, "6")), 0);

        assertThat(svg).contains("width=\"160.0\"").contains("width=\"320.0\"");
        assertThat(SvgBarChart.of("e", "t", List.of(), 0)).doesNotContain("<rect");
    }

    @Test
    void csvCellsAreQuotedWhenNeededAndNeverStartAFormula() {
        assertThat(FiguresController.cell("鼓楼区")).isEqualTo("鼓楼区");
        assertThat(FiguresController.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(FiguresController.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(FiguresController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(FiguresController.cell("-1")).isEqualTo("\"'-1\"");
    }
}
