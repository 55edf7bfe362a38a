package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTests {

    private final DivisionCode fujian = DivisionCode.parse("350000");
    private final DivisionCode fuzhou = DivisionCode.parse("350100");
    private final DivisionCode gulou = DivisionCode.parse("350102");
    private final DivisionCode xiamen = DivisionCode.parse("350200");
    private final DivisionCode siming = DivisionCode.parse("350203");

    @Test
    void knowsItsLevel() {
        assertThat(fujian.level()).isEqualTo(DivisionCode.Level.PROVINCE);
        assertThat(fuzhou.level()).isEqualTo(DivisionCode.Level.PREFECTURE);
        assertThat(gulou.level()).isEqualTo(DivisionCode.Level.COUNTY);
    }

    @Test
    void namesTheProvinceAndPrefectureItLiesIn() {
        assertThat(gulou.province()).isEqualTo(fujian);
        assertThat(gulou.prefecture()).contains(fuzhou);
        assertThat(fuzhou.prefecture()).contains(fuzhou);
        assertThat(fujian.prefecture()).isEmpty();
    }

    @Test
    void cityContainsItsDistrictsButNotAnotherCitys() {
        assertThat(fuzhou.contains(gulou)).isTrue();
        assertThat(fuzhou.contains(siming)).isFalse();
        assertThat(xiamen.contains(siming)).isTrue();
    }

    @Test
    void provinceContainsItsCitiesAndDistricts() {
        assertThat(fujian.contains(fuzhou)).isTrue();
        assertThat(fujian.contains(gulou)).isTrue();
        assertThat(fujian.contains(siming)).isTrue();
        assertThat(fujian.contains(DivisionCode.parse("110105"))).isFalse();
    }

    @Test
    void containsItselfButIsNotItsOwnAncestor() {
        assertThat(gulou.contains(gulou)).isTrue();
        assertThat(gulou.isAncestorOf(gulou)).isFalse();
        assertThat(fujian.isAncestorOf(gulou)).isTrue();
    }

    @Test
    void lowerLevelsDoNotContainHigherOnes() {
        assertThat(gulou.contains(fuzhou)).isFalse();
        assertThat(fuzhou.contains(fujian)).isFalse();
        assertThat(gulou.isAncestorOf(fujian)).isFalse();
    }

    @Test
    void treatsCountiesDirectlyUnderTheProvinceAsInsideIt() {
        DivisionCode xiantao = DivisionCode.parse("429004");

        assertThat(xiantao.level()).isEqualTo(DivisionCode.Level.COUNTY);
        assertThat(DivisionCode.parse("420000").contains(xiantao)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"35010", "3501020", "35A102", "000000", "001234", "350003"})
    void rejectsMalformedCodes(String input) {
        assertThatThrownBy(() -> DivisionCode.parse(input))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.code()).isEqualTo("division_code_invalid"));
    }

    @Test
    void tellsWhetherInputIsValid() {
        assertThat(DivisionCode.isValid("110105")).isTrue();
        assertThat(DivisionCode.isValid("11010")).isFalse();
    }
}
