package org.onewindow.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.catalog.FieldType;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.FormField;
import org.onewindow.shared.Masking;

/** A case's values as an officer sees them: labelled, identity and mobile numbers and addresses masked. */
final class CaseValues {

    /** One labelled value. */
    record Line(String label, String value) {}

    private CaseValues() {}

    static List<Line> forOfficer(Form form, Map<String, Object> values, boolean unmasked) {
        List<Line> lines = new ArrayList<>();
        if (form == null) {
            values.forEach((name, value) -> lines.add(new Line(name, String.valueOf(value))));
            return lines;
        }
        for (FormField field : form.fields()) {
            Object value = values.get(field.name());
            if (value == null || field.type() == FieldType.ATTACHMENT) {
                continue;
            }
            lines.add(new Line(field.label(), unmasked ? text(field, value) : masked(field, value)));
        }
        return lines;
    }

    private static String masked(FormField field, Object value) {
        return switch (field.type()) {
            case ID_NUMBER -> Masking.keep(String.valueOf(value), 6, 4);
            case MOBILE -> Masking.keep(String.valueOf(value), 3, 4);
            case ADDRESS -> value instanceof Map<?, ?> address
                    ? Masking.address(String.valueOf(address.get("detail")))
                    : Masking.address(String.valueOf(value));
            default -> text(field, value);
        };
    }

    private static String text(FormField field, Object value) {
        return switch (field.type()) {
            case CHOICE -> field.choiceLabel(String.valueOf(value));
            case MULTI_CHOICE -> value instanceof List<?> list
                    ? String.join("、", list.stream().map(v -> field.choiceLabel(String.valueOf(v))).toList())
                    : String.valueOf(value);
            case ADDRESS -> value instanceof Map<?, ?> address ? String.valueOf(address.get("detail")) : String.valueOf(value);
            case GROUP -> value instanceof List<?> rows ? rows.size() + " 行" : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }
}
