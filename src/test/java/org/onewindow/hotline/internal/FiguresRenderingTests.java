package org.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's sections: rates drawn against a hundred, counts against the largest, labels escaped. */
class FiguresRenderingTests {

    @Test
    void countsAreDrawnAgainstTheLargestAndEveryLabelIsEscaped() {
        String svg = FiguresPage.countChart("chart-x", "按区 <测试>", List.of(
                new FiguresPage.Row("a", "鼓楼 & 台江", "3", null),
                new FiguresPage.Row("b", "<script>", "6", null)));

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"")
                .contains("按区 &lt;测试&gt;</title>")
                .contains("鼓楼 &amp; 台江").contains("&lt;script&gt;").doesNotContain("<script>")
                .doesNotContain("style=");
        assertThat(svg).contains(">3<").contains(">6<");
    }

    @Test
    void anEmptySectionDrawsNoBars() {
        assertThat(FiguresPage.countChart("e", "t", List.of())).doesNotContain("<rect");
    }
}
