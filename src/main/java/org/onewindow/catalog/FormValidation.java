package org.onewindow.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Validates submitted values against a form: a pure function that casework calls on every
 * submission, for an item's form or a bundle's merged form.
 *
 * <p>Fields are taken in form order. A field whose show-if condition does not hold is hidden: it
 * is not required and its value is dropped. Values come as a form post gives them (strings, lists
 * of strings, maps for addresses and group rows) or already typed (numbers, dates); unknown keys
 * are dropped. Error codes are stable (see {@code docs/catalog.md}); identifier errors reuse the
 * codes of the shared value types, e.g. {@code id_number_invalid_checksum}.
 */
public final class FormValidation {

    private FormValidation() {}

    /** Validates values against a form on the day given by the clock. */
    public static ValidationResult validate(Form form, Map<String, ?> submitted, Clock clock) {
        FieldChecks checks = new FieldChecks(clock);
        Map<String, Object> accepted = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        validateFields(form.fields(), submitted, accepted, accepted::get, "", checks, errors);
        return new ValidationResult(accepted, errors);
    }

    private static void validateFields(List<FormField> fields, Map<String, ?> submitted, Map<String, Object> accepted,
            Function<String, Object> lookup, String prefix, FieldChecks checks, List<FieldError> errors) {
        for (FormField field : fields) {
            if (field.showIf() != null && !ShowIf.holds(field.showIf(), lookup)) {
                continue;
            }
            String path = prefix + field.name();
            Object raw = submitted.get(field.name());
            if (Blank.is(raw)) {
                if (field.required()) {
                    errors.add(new FieldError(path, "field_required"));
                }
                continue;
            }
            Object value = field.type() == FieldType.GROUP
                    ? validateGroup(field, raw, lookup, path, checks, errors)
                    : checks.check(field, raw, path, errors);
            if (value != null) {
                accepted.put(field.name(), value);
            }
        }
    }

    private static Object validateGroup(FormField group, Object raw, Function<String, Object> outer, String path,
            FieldChecks checks, List<FieldError> errors) {
        if (!(raw instanceof Collection<?> rows)) {
            errors.add(new FieldError(path, "field_type_invalid"));
            return null;
        }
        List<Map<String, Object>> accepted = new ArrayList<>();
        int before = errors.size();
        int index = 0;
        for (Object row : rows) {
            String rowPath = path + "[" + index++ + "]";
            if (Blank.is(row)) {
                continue;
            }
            if (!(row instanceof Map<?, ?> map)) {
                errors.add(new FieldError(rowPath, "field_type_invalid"));
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Function<String, Object> lookup = name -> values.containsKey(name) ? values.get(name) : outer.apply(name);
            validateFields(group.fields(), stringKeys(map), values, lookup, rowPath + ".", checks, errors);
            accepted.add(values);
        }
        FieldLimits limits = group.limits();
        if (limits.minItems() != null && accepted.size() < limits.minItems()) {
            errors.add(new FieldError(path, "too_few_rows"));
        } else if (accepted.size() > (limits.maxItems() == null ? FieldChecks.MAX_ROWS : limits.maxItems())) {
            errors.add(new FieldError(path, "too_many_rows"));
        }
        if (accepted.isEmpty() && group.required() && errors.size() == before) {
            errors.add(new FieldError(path, "field_required"));
        }
        return accepted.isEmpty() ? null : accepted;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return values;
    }
}
