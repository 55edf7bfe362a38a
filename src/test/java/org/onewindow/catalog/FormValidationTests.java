package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValidationTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-11T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final String VALID_ID = "11010519491231002X";
    static final String VALID_CREDIT_CODE = "91350100M000100Y43";

    static FormField field(String name, FieldType type, boolean required) {
        return field(name, type, required, FieldLimits.NONE, List.of(), null);
    }

    static FormField field(String name, FieldType type, boolean required, FieldLimits limits, List<Choice> choices,
            Condition showIf, FormField... children) {
        return new FormField(name, type, name, "", required, limits, choices, showIf, null, null, List.of(children));
    }

    static FieldLimits text(Integer min, Integer max, String pattern) {
        return new FieldLimits(min, max, null, null, null, null, pattern, null, null);
    }

    static final List<Choice> YES_NO = List.of(new Choice("yes", "是"), new Choice("no", "否"));

    private static ValidationResult validate(Map<String, ?> values, FormField... fields) {
        return FormValidation.validate(new Form(List.of(fields)), values, CLOCK);
    }

    private static List<FieldError> errors(Map<String, ?> values, FormField... fields) {
        return validate(values, fields).errors();
    }

    @Test
    void aMissingRequiredFieldIsReported() {
        assertThat(errors(Map.of("name", "  "), field("name", FieldType.TEXT, true)))
                .containsExactly(new FieldError("name", "field_required"));
    }

    @Test
    void anOptionalBlankFieldIsLeftOut() {
        ValidationResult result = validate(Map.of("name", ""), field("name", FieldType.TEXT, false));
        assertThat(result.valid()).isTrue();
        assertThat(result.values()).isEmpty();
    }

    @Test
    void textIsTrimmedAndCheckedForLengthAndPattern() {
        FormField code = field("code", FieldType.TEXT, true, text(2, 5, "[A-Z]+"), List.of(), null);
        assertThat(validate(Map.of("code", " ABC "), code).values()).containsEntry("code", "ABC");
        assertThat(errors(Map.of("code", "ABCDEF"), code)).containsExactly(new FieldError("code", "field_too_long"));
        assertThat(errors(Map.of("code", "A"), code)).containsExactly(new FieldError("code", "field_too_short"));
        assertThat(errors(Map.of("code", "abc"), code)).containsExactly(new FieldError("code", "pattern_mismatch"));
    }

    @Test
    void textWithoutALimitStillHasADefaultMaximum() {
        assertThat(errors(Map.of("name", "字".repeat(201)), field("name", FieldType.TEXT, true)))
                .containsExactly(new FieldError("name", "field_too_long"));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        FormField name = field("name", FieldType.TEXT, true, text(null, 4, null), List.of(), null);
        assertThat(errors(Map.of("name", "欧阳明华"), name)).isEmpty();
    }

    @Test
    void numbersAreParsedAndRangeChecked() {
        FormField area = field("area", FieldType.NUMBER, true,
                new FieldLimits(null, null, BigDecimal.ONE, new BigDecimal("100"), null, null, null, null, null),
                List.of(), null);
        assertThat(validate(Map.of("area", "12.5"), area).values()).containsEntry("area", new BigDecimal("12.5"));
        assertThat(validate(Map.of("area", 12), area).values()).containsEntry("area", new BigDecimal("12"));
        assertThat(errors(Map.of("area", "0.5"), area)).containsExactly(new FieldError("area", "number_out_of_range"));
        assertThat(errors(Map.of("area", "101"), area)).containsExactly(new FieldError("area", "number_out_of_range"));
        assertThat(errors(Map.of("area", "十二"), area)).containsExactly(new FieldError("area", "number_invalid"));
    }

    @Test
    void aDateInTheFutureIsOutOfRangeWhenTheLatestIsToday() {
        FormField birth = field("birth", FieldType.DATE, true,
                new FieldLimits(null, null, null, null, null, new DateBound("today"), null, null, null), List.of(), null);
        assertThat(validate(Map.of("birth", "2026-05-11"), birth).values()).containsEntry("birth", "2026-05-11");
        assertThat(errors(Map.of("birth", "2026-05-12"), birth))
                .containsExactly(new FieldError("birth", "date_out_of_range"));
        assertThat(errors(Map.of("birth", "2026-02-30"), birth)).containsExactly(new FieldError("birth", "date_invalid"));
    }

    @Test
    void relativeDateBoundsCountFromToday() {
        FormField since = field("since", FieldType.DATE, true,
                new FieldLimits(null, null, null, null, new DateBound("2020-01-01"), new DateBound("today-6m"), null,
                        null, null), List.of(), null);
        assertThat(errors(Map.of("since", "2025-11-11"), since)).isEmpty();
        assertThat(errors(Map.of("since", "2025-11-12"), since))
                .containsExactly(new FieldError("since", "date_out_of_range"));
        assertThat(errors(Map.of("since", "2019-12-31"), since))
                .containsExactly(new FieldError("since", "date_out_of_range"));
    }

    @Test
    void choicesMustBeAmongTheOptions() {
        FormField catering = field("catering", FieldType.CHOICE, true, FieldLimits.NONE, YES_NO, null);
        assertThat(errors(Map.of("catering", "yes"), catering)).isEmpty();
        assertThat(errors(Map.of("catering", "maybe"), catering))
                .containsExactly(new FieldError("catering", "choice_invalid"));
    }

    @Test
    void multipleChoicesAreDeduplicatedAndCounted() {
        List<Choice> seals = List.of(new Choice("official", "公章"), new Choice("finance", "财务章"),
                new Choice("invoice", "发票章"));
        FormField types = field("types", FieldType.MULTI_CHOICE, true,
                new FieldLimits(null, null, null, null, null, null, null, 1, 2), seals, null);
        assertThat(validate(Map.of("types", List.of("official", "official", "finance")), types).values())
                .containsEntry("types", List.of("official", "finance"));
        assertThat(errors(Map.of("types", List.of("official", "finance", "invoice")), types))
                .containsExactly(new FieldError("types", "too_many_items"));
        assertThat(errors(Map.of("types", List.of("official", "stamp")), types))
                .containsExactly(new FieldError("types", "choice_invalid"));
        assertThat(validate(Map.of("types", "finance"), types).values()).containsEntry("types", List.of("finance"));
    }

    @Test
    void identifiersReuseTheSharedValueTypesCodes() {
        FormField id = field("id", FieldType.ID_NUMBER, true);
        FormField credit = field("credit", FieldType.CREDIT_CODE, true);
        FormField mobile = field("mobile", FieldType.MOBILE, true);
        assertThat(validate(Map.of("id", "11010519491231002x", "credit", VALID_CREDIT_CODE, "mobile", "+86 138-0013-8000"),
                id, credit, mobile).values())
                .containsEntry("id", VALID_ID)
                .containsEntry("credit", VALID_CREDIT_CODE)
                .containsEntry("mobile", "13800138000");
        assertThat(errors(Map.of("id", "110105194912310021", "credit", "91350100M000100Y44", "mobile", "12800138000"),
                id, credit, mobile)).containsExactly(
                        new FieldError("id", "id_number_invalid_checksum"),
                        new FieldError("credit", "credit_code_invalid_checksum"),
                        new FieldError("mobile", "mobile_invalid"));
    }

    @Test
    void anIdentityNumberBornTomorrowIsRejected() {
        String tomorrow = org.onewindow.shared.IdNumber.withChecksum("35010220260512001").value();
        assertThat(errors(Map.of("id", tomorrow), field("id", FieldType.ID_NUMBER, true)))
                .containsExactly(new FieldError("id", "id_number_invalid_date"));
    }

    @Test
    void anAddressNeedsAValidDivisionCodeAndAStreetAddress() {
        FormField address = field("address", FieldType.ADDRESS, true);
        assertThat(validate(Map.of("address", Map.of("division", "350102", "detail", " 鼓楼区五四路 1 号 ")), address)
                .values()).containsEntry("address", Map.of("division", "350102", "detail", "鼓楼区五四路 1 号"));
        assertThat(errors(Map.of("address", Map.of("division", "35010", "detail", "")), address)).containsExactly(
                new FieldError("address.division", "division_code_invalid"),
                new FieldError("address.detail", "field_required"));
        assertThat(errors(Map.of("address", "鼓楼区"), address))
                .containsExactly(new FieldError("address", "field_type_invalid"));
    }

    @Test
    void repeatingGroupsAreValidatedRowByRowWithIndexedPaths() {
        FormField shareholders = shareholders();
        Map<String, Object> person = Map.of("type", "person", "name", "张伟", "idNumber", VALID_ID);
        Map<String, Object> company = Map.of("type", "company", "name", "榕树公司", "creditCode", "bad");
        ValidationResult result = validate(Map.of("shareholders", List.of(person, Map.of(), company)), shareholders);

        assertThat(result.errors()).containsExactly(new FieldError("shareholders[2].creditCode",
                "credit_code_invalid_length"));
        assertThat(errors(Map.of("shareholders", List.of()), shareholders))
                .containsExactly(new FieldError("shareholders", "field_required"));
    }

    @Test
    void aHiddenFieldInAGroupRowIsDropped() {
        Map<String, Object> person = new HashMap<>(Map.of("type", "person", "name", "张伟", "idNumber", VALID_ID));
        person.put("creditCode", VALID_CREDIT_CODE);
        ValidationResult result = validate(Map.of("shareholders", List.of(person)), shareholders());

        assertThat(result.valid()).isTrue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) result.values().get("shareholders");
        assertThat(rows.getFirst()).containsOnlyKeys("type", "name", "idNumber");
    }

    @Test
    void tooManyRowsAreRejected() {
        FormField group = field("rows", FieldType.GROUP, false,
                new FieldLimits(null, null, null, null, null, null, null, null, 2), List.of(), null,
                field("name", FieldType.TEXT, true));
        assertThat(errors(Map.of("rows", List.of(Map.of("name", "a"), Map.of("name", "b"), Map.of("name", "c"))), group))
                .containsExactly(new FieldError("rows", "too_many_rows"));
    }

    @Test
    void attachmentsAreListsOfIdsWithALimit() {
        FormField files = field("files", FieldType.ATTACHMENT, true,
                new FieldLimits(null, null, null, null, null, null, null, null, 2), List.of(), null);
        assertThat(validate(Map.of("files", "a1"), files).values()).containsEntry("files", List.of("a1"));
        assertThat(errors(Map.of("files", List.of("a1", "a2", "a3")), files))
                .containsExactly(new FieldError("files", "too_many_files"));
    }

    @Test
    void wrongValueTypesAreReported() {
        assertThat(errors(Map.of("name", List.of("a")), field("name", FieldType.TEXT, true)))
                .containsExactly(new FieldError("name", "field_type_invalid"));
        assertThat(errors(Map.of("rows", "x"), field("rows", FieldType.GROUP, true, FieldLimits.NONE, List.of(), null,
                field("a", FieldType.TEXT, false)))).containsExactly(new FieldError("rows", "field_type_invalid"));
    }

    @Test
    void unknownKeysAreDropped() {
        ValidationResult result = validate(Map.of("name", "张伟", "isAdmin", "true"), field("name", FieldType.TEXT, true));
        assertThat(result.values()).containsOnlyKeys("name");
    }

    @Test
    void errorsComeInFormOrder() {
        assertThat(errors(Map.of(), field("b", FieldType.TEXT, true), field("a", FieldType.TEXT, true)))
                .extracting(FieldError::field).containsExactly("b", "a");
    }

    private static FormField shareholders() {
        List<Choice> types = List.of(new Choice("person", "自然人"), new Choice("company", "企业"));
        return field("shareholders", FieldType.GROUP, true, FieldLimits.NONE, List.of(), null,
                field("type", FieldType.CHOICE, true, FieldLimits.NONE, types, null),
                field("name", FieldType.TEXT, true),
                field("idNumber", FieldType.ID_NUMBER, true, FieldLimits.NONE, List.of(),
                        new Condition("type", Condition.Operator.EQUALS, List.of("person"))),
                field("creditCode", FieldType.CREDIT_CODE, true, FieldLimits.NONE, List.of(),
                        new Condition("type", Condition.Operator.EQUALS, List.of("company"))));
    }
}
