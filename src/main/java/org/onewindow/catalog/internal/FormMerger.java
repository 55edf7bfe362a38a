package org.onewindow.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.FormField;
import org.onewindow.catalog.ServiceItem;

/**
 * Merges the forms of a bundle's items into one form.
 *
 * <p>The rule: fields are taken item by item in bundle order; a field whose name an earlier item
 * already asked is the same question and is asked once. It must be defined the same way (type,
 * limits, choices, show-if, prefill, material, group fields); it is required if any item requires
 * it, and keeps the first item's label and hint. A different definition under the same name is a
 * catalogue error, because one answer cannot satisfy two questions. Fields the bundle lists under
 * {@code omitFields} are produced by an earlier item and not asked at all.
 */
final class FormMerger {

    /** The merged form and, for each item, the names of the fields it takes. */
    record Merged(Form form, Map<String, List<String>> fieldsByItem) {}

    /** Two definitions of one field name that cannot be merged. */
    static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message, null, false, false);
        }
    }

    private FormMerger() {}

    static Merged merge(List<ServiceItem> items, List<String> omitted) {
        Map<String, FormField> merged = new LinkedHashMap<>();
        Map<String, String> firstItem = new LinkedHashMap<>();
        Map<String, List<String>> fieldsByItem = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            List<String> names = new ArrayList<>();
            for (FormField field : item.form().fields()) {
                names.add(field.name());
                if (omitted.contains(field.name())) {
                    continue;
                }
                if (field.showIf() != null && omitted.contains(field.showIf().field())) {
                    throw new Conflict("field '" + field.name() + "' of item '" + item.code()
                            + "' is shown depending on omitted field '" + field.showIf().field() + "'");
                }
                FormField earlier = merged.get(field.name());
                if (earlier == null) {
                    merged.put(field.name(), field);
                    firstItem.put(field.name(), item.code());
                } else if (!shape(earlier).equals(shape(field))) {
                    throw new Conflict("field '" + field.name() + "' of item '" + item.code()
                            + "' is defined differently in item '" + firstItem.get(field.name())
                            + "'; a merged form asks a field once, so both must define it the same way");
                } else if (field.required() && !earlier.required()) {
                    merged.put(field.name(), required(earlier));
                }
            }
            fieldsByItem.put(item.code(), List.copyOf(names));
        }
        for (String name : omitted) {
            if (fieldsByItem.values().stream().noneMatch(names -> names.contains(name))) {
                throw new Conflict("omitted field '" + name + "' is not a field of any item of the bundle");
            }
        }
        return new Merged(new Form(List.copyOf(merged.values())), Map.copyOf(fieldsByItem));
    }

    private static FormField shape(FormField f) {
        return new FormField(f.name(), f.type(), "", "", false, f.limits(), f.choices(), f.showIf(), f.prefill(),
                f.material(), f.fields());
    }

    private static FormField required(FormField f) {
        return new FormField(f.name(), f.type(), f.label(), f.hint(), true, f.limits(), f.choices(), f.showIf(),
                f.prefill(), f.material(), f.fields());
    }
}
