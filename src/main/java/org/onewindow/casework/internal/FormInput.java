package org.onewindow.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.catalog.FieldType;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.FormField;

/**
 * Turns the posted form parameters into the values a form validates: {@code name} for plain
 * fields, repeated {@code name} for multiple choice, {@code name.division} and {@code name.detail}
 * for addresses, and {@code name[i].sub} for the rows of a repeating group. Locked (prefilled) and
 * attachment fields are never taken from the request.
 */
final class FormInput {

    /** The most rows a repeating group takes from one request. */
    static final int MAX_ROWS = 50;

    private FormInput() {}

    static Map<String, Object> read(Form form, Map<String, String[]> parameters, Set<String> locked) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (locked.contains(field.name()) || field.type() == FieldType.ATTACHMENT) {
                continue;
            }
            Object value = field.type() == FieldType.GROUP
                    ? rows(field, parameters)
                    : one(field, field.name(), parameters);
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return values;
    }

    private static List<Map<String, Object>> rows(FormField group, Map<String, String[]> parameters) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (FormField field : group.fields()) {
                Object value = one(field, group.name() + "[" + i + "]." + field.name(), parameters);
                if (value != null && !(value instanceof String text && text.isBlank())) {
                    row.put(field.name(), value);
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object one(FormField field, String name, Map<String, String[]> parameters) {
        return switch (field.type()) {
            case MULTI_CHOICE -> parameters.containsKey(name) ? List.of(parameters.get(name)) : null;
            case ADDRESS -> address(name, parameters);
            case ATTACHMENT, GROUP -> null;
            default -> first(parameters.get(name));
        };
    }

    private static Map<String, Object> address(String name, Map<String, String[]> parameters) {
        String division = first(parameters.get(name + ".division"));
        String detail = first(parameters.get(name + ".detail"));
        if (division == null && detail == null) {
            return null;
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("division", division == null ? "" : division);
        address.put("detail", detail == null ? "" : detail);
        return address;
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }
}
