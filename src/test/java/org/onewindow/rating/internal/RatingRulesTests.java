package org.onewindow.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.rating.RatingException;
import org.onewindow.rating.RatingLevel;

class RatingRulesTests {

    private final RatingRules rules = new RatingRules(new RatingProperties(15, 500));

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 6, 10})
    void refusesALevelOutsideOneToFive(int level) {
        assertRefused(new RatingInput(level, List.of(), null), "rating_level_invalid");
    }

    @Test
    void acceptsEachOfTheFiveLevels() {
        for (int level = 1; level <= 5; level++) {
            assertThat(rules.check(new RatingInput(level, List.of(), null)).level().value()).isEqualTo(level);
        }
    }

    @Test
    void praiseGoesWithFourAndFiveAndCriticismWithOneToThree() {
        assertThat(rules.check(new RatingInput(5, List.of("efficient", "done_in_one_trip"), null)).tags())
                .containsExactly(RatingTag.EFFICIENT, RatingTag.DONE_IN_ONE_TRIP);
        assertThat(rules.check(new RatingInput(3, List.of("too_many_materials"), null)).tags())
                .containsExactly(RatingTag.TOO_MANY_MATERIALS);
        assertRefused(new RatingInput(1, List.of("efficient"), null), "rating_tag_invalid");
        assertRefused(new RatingInput(4, List.of("slow"), null), "rating_tag_invalid");
        assertRefused(new RatingInput(4, List.of("EFFICIENT "), null), "rating_tag_invalid");
        assertRefused(new RatingInput(2, List.of("<script>"), null), "rating_tag_invalid");
    }

    @Test
    void repeatedAndBlankTagsCountOnce() {
        assertThat(rules.check(new RatingInput(1, List.of("slow", "", "slow", " overdue "), null)).tags())
                .containsExactly(RatingTag.SLOW, RatingTag.OVERDUE);
    }

    @Test
    void theCommentIsCountedInCharactersAndLimited() {
        assertThat(rules.check(new RatingInput(2, List.of(), "  " + "慢".repeat(500) + "  ")).comment())
                .hasSize(500);
        assertRefused(new RatingInput(2, List.of(), "慢".repeat(501)), "rating_comment_too_long");
        assertThat(rules.check(new RatingInput(2, List.of(), "😀".repeat(500))).comment())
                .as("500 characters outside the BMP are 1000 chars in Java").hasSize(1000);
        assertThat(rules.check(new RatingInput(5, List.of(), "   ")).comment()).isNull();
    }

    @Test
    void poorMeansOneOrTwoAndSatisfiedFourOrFive() {
        assertThat(List.of(RatingLevel.values())).filteredOn(RatingLevel::poor)
                .containsExactly(RatingLevel.VERY_DISSATISFIED, RatingLevel.DISSATISFIED);
        assertThat(List.of(RatingLevel.values())).filteredOn(RatingLevel::satisfied)
                .containsExactly(RatingLevel.SATISFIED, RatingLevel.VERY_SATISFIED);
        assertThat(RatingLevel.of(0)).isEmpty();
    }

    private void assertRefused(RatingInput input, String code) {
        assertThatThrownBy(() -> rules.check(input)).isInstanceOfSatisfying(RatingException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
