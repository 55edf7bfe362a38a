package org.onewindow.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An application form: its fields in the order asked. */
public record Form(List<FormField> fields) {

    public Form {
        fields = List.copyOf(fields);
    }

    public Optional<FormField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The top-level fields filled from a base registry, by field name: e.g. {@code population.name}. */
    public Map<String, String> prefills() {
        Map<String, String> prefills = new LinkedHashMap<>();
        for (FormField field : fields) {
            if (field.prefill() != null) {
                prefills.put(field.name(), field.prefill());
            }
        }
        return Collections.unmodifiableMap(prefills);
    }

    /** How many questions the form asks, counting the fields of repeating groups. */
    public int size() {
        return fields.stream().mapToInt(f -> 1 + f.fields().size()).sum();
    }
}
