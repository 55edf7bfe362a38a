package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTests {

    @ParameterizedTest
    @CsvSource({"张三, 张*", "欧阳娜娜, 欧***", "李, *", "𠮷小明, 𠮷**"})
    void keepsOnlyTheFirstCharacterOfAName(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void keepsTheStartOfAnAddressAndHidesItsLength() {
        assertThat(Masking.address("福建省福州市鼓楼区五一北路123号")).isEqualTo("福建省福州市****");
        assertThat(Masking.address("福州市鼓楼区")).isEqualTo("福州市****");
    }

    @Test
    void keepsTheFirstLetterAndDomainOfAnEmail() {
        assertThat(Masking.email("zhangsan@example.com")).isEqualTo("z***@example.com");
        assertThat(Masking.email("not-an-email")).isEqualTo("n***********");
    }

    @Test
    void keepsHeadAndTailAndPreservesLength() {
        assertThat(Masking.keep("13800001234", 3, 4)).isEqualTo("138****1234");
        assertThat(Masking.keep("abcdef", 0, 0)).isEqualTo("******");
    }

    @Test
    void starsEverythingWhenNothingWouldBeHidden() {
        assertThat(Masking.keep("1234", 3, 4)).isEqualTo("****");
    }

    @Test
    void turnsNullIntoAnEmptyString() {
        assertThat(Masking.keep(null, 1, 1)).isEmpty();
        assertThat(Masking.name(null)).isEmpty();
        assertThat(Masking.address(null)).isEmpty();
        assertThat(Masking.email(null)).isEmpty();
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> Masking.keep("abc", -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
