package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.catalog.FormValidationTests.CLOCK;
import static org.onewindow.catalog.FormValidationTests.YES_NO;
import static org.onewindow.catalog.FormValidationTests.field;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShowIfTests {

    private static final FormField CATERING = field("catering", FieldType.CHOICE, true, FieldLimits.NONE, YES_NO, null);

    private static FormField shownIf(String name, Condition.Operator operator, String... values) {
        return field(name, FieldType.TEXT, true, FieldLimits.NONE, List.of(),
                new Condition("catering", operator, List.of(values)));
    }

    private static ValidationResult validate(Map<String, ?> values, FormField... fields) {
        return FormValidation.validate(new Form(List.of(fields)), values, CLOCK);
    }

    @Test
    void aShownFieldIsRequired() {
        FormField kitchen = shownIf("kitchen", Condition.Operator.EQUALS, "yes");
        assertThat(validate(Map.of("catering", "yes"), CATERING, kitchen).errors())
                .containsExactly(new FieldError("kitchen", "field_required"));
    }

    @Test
    void aHiddenFieldIsNotRequiredAndItsValueIsDropped() {
        FormField kitchen = shownIf("kitchen", Condition.Operator.EQUALS, "yes");
        ValidationResult result = validate(Map.of("catering", "no", "kitchen", "20"), CATERING, kitchen);
        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsOnlyKeys("catering");
    }

    @Test
    void aFieldIsHiddenWhenTheFieldItDependsOnIsInvalidOrMissing() {
        FormField kitchen = shownIf("kitchen", Condition.Operator.EQUALS, "yes");
        assertThat(validate(Map.of("catering", "perhaps"), CATERING, kitchen).errors())
                .containsExactly(new FieldError("catering", "choice_invalid"));
    }

    @Test
    void notEqualsShowsForAnyOtherValueAndForNone() {
        FormField amount = shownIf("amount", Condition.Operator.NOT_EQUALS, "yes");
        FormField optionalCatering = field("catering", FieldType.CHOICE, false, FieldLimits.NONE, YES_NO, null);
        assertThat(validate(Map.of("catering", "no"), optionalCatering, amount).errors()).hasSize(1);
        assertThat(validate(Map.of(), optionalCatering, amount).errors()).hasSize(1);
        assertThat(validate(Map.of("catering", "yes"), optionalCatering, amount).errors()).isEmpty();
    }

    @Test
    void inShowsForAnyListedValue() {
        FormField school = shownIf("school", Condition.Operator.IN, "yes", "no");
        assertThat(validate(Map.of("catering", "no"), CATERING, school).errors()).hasSize(1);
    }

    @Test
    void filledShowsWhenTheOtherFieldHasAValue() {
        FormField optionalCatering = field("catering", FieldType.CHOICE, false, FieldLimits.NONE, YES_NO, null);
        FormField why = shownIf("why", Condition.Operator.FILLED);
        assertThat(validate(Map.of(), optionalCatering, why).valid()).isTrue();
        assertThat(validate(Map.of("catering", "no"), optionalCatering, why).valid()).isFalse();
    }

    @Test
    void equalsOnAMultipleChoiceMeansContains() {
        List<Choice> business = List.of(new Choice("bulk", "散装"), new Choice("hot", "热食"));
        FormField main = field("main", FieldType.MULTI_CHOICE, true, FieldLimits.NONE, business, null);
        FormField kitchen = field("kitchen", FieldType.NUMBER, true, FieldLimits.NONE, List.of(),
                new Condition("main", Condition.Operator.EQUALS, List.of("hot")));
        assertThat(validate(Map.of("main", List.of("bulk", "hot")), main, kitchen).errors())
                .containsExactly(new FieldError("kitchen", "field_required"));
        assertThat(validate(Map.of("main", List.of("bulk")), main, kitchen).valid()).isTrue();
    }

    @Test
    void aFieldHiddenByAHiddenFieldIsHiddenToo() {
        FormField kitchen = shownIf("kitchen", Condition.Operator.EQUALS, "yes");
        FormField hood = field("hood", FieldType.TEXT, true, FieldLimits.NONE, List.of(),
                new Condition("kitchen", Condition.Operator.FILLED, List.of()));
        ValidationResult result = validate(Map.of("catering", "no", "kitchen", "x", "hood", "y"), CATERING, kitchen, hood);
        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsOnlyKeys("catering");
    }
}
