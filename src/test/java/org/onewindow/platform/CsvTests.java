package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void startsWithTheByteOrderMarkAndEndsEveryRowWithCrLf() {
        byte[] file = Csv.utf8WithBom(List.of(List.of("部门", "满意率"), List.of("市人社局", "50.00%")));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("部门,满意率\r\n市人社局,50.00%\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineEnds() {
        assertThat(Csv.cell("福州市, 鼓楼区")).isEqualTo("\"福州市, 鼓楼区\"");
        assertThat(Csv.cell("他说\"慢\"")).isEqualTo("\"他说\"\"慢\"\"\"");
        assertThat(Csv.cell("一行\n两行")).isEqualTo("\"一行\n两行\"");
        assertThat(Csv.cell(" 前后有空格 ")).isEqualTo("\" 前后有空格 \"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void guardsFormulasButLeavesNumbersAlone() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("-3")).isEqualTo("-3");
        assertThat(Csv.cell("-2.5")).isEqualTo("-2.5");
        assertThat(Csv.cell("66.67%")).isEqualTo("66.67%");
    }
}
