package org.onewindow.catalog;

import java.util.List;

/**
 * A typed form field.
 *
 * @param name stable name, unique in its form (or group), the key of its value
 * @param type what it holds
 * @param label the question, in Chinese
 * @param hint help under the label; may be empty
 * @param required whether a shown field must be filled
 * @param limits limits of the value
 * @param choices the choices of a choice field; empty otherwise
 * @param showIf the field is asked only when this holds; null means always
 * @param prefill the registry attribute it is filled from, e.g. {@code population.name}; null if none
 * @param material the item's material code an attachment field uploads; null otherwise
 * @param fields the child fields of a repeating group; empty otherwise
 */
public record FormField(
        String name,
        FieldType type,
        String label,
        String hint,
        boolean required,
        FieldLimits limits,
        List<Choice> choices,
        Condition showIf,
        String prefill,
        String material,
        List<FormField> fields) {

    public FormField {
        choices = List.copyOf(choices);
        fields = List.copyOf(fields);
    }

    public boolean prefilled() {
        return prefill != null;
    }

    /** The label of a choice value, or the value itself if it is not one. */
    public String choiceLabel(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(value);
    }
}
