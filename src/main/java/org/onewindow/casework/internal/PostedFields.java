package org.onewindow.casework.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onewindow.casework.internal.api.SavedDraft.Ignored;
import org.onewindow.catalog.FieldType;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.FormField;

/**
 * Sorts the fields of a JSON draft update into those a save takes and those it leaves out.
 *
 * <p>A field is left out, with the reason, when it is locked (prefilled from a registry), not on
 * the form, an attachment, or of the wrong JSON shape for its type.
 */
final class PostedFields {

    /** What a save takes, and what it leaves out. */
    record Sorted(Map<String, Object> taken, List<Ignored> ignored) {}

    private PostedFields() {}

    static Sorted sort(Form form, Set<String> locked, Map<String, ?> posted) {
        Map<String, Object> taken = new LinkedHashMap<>();
        List<Ignored> ignored = new ArrayList<>();
        posted.forEach((name, value) -> {
            Optional<FormField> field = form.field(name);
            String refusal = field.isEmpty() ? "field_unknown"
                    : locked.contains(name) ? "field_locked"
                    : field.get().type() == FieldType.ATTACHMENT ? "field_attachment"
                    : fits(field.get(), value) ? null
                    : "field_type_invalid";
            if (refusal == null) {
                taken.put(name, value);
            } else {
                ignored.add(new Ignored(name, refusal));
            }
        });
        return new Sorted(taken, ignored);
    }

    private static boolean fits(FormField field, Object value) {
        if (value == null) {
            return true;
        }
        return switch (field.type()) {
            case GROUP -> value instanceof Collection<?> rows
                    && rows.stream().allMatch(row -> row == null || row instanceof Map<?, ?>);
            case ADDRESS -> value instanceof Map<?, ?>;
            case MULTI_CHOICE -> scalar(value)
                    || value instanceof Collection<?> list && list.stream().allMatch(PostedFields::scalar);
            default -> scalar(value);
        };
    }

    private static boolean scalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
