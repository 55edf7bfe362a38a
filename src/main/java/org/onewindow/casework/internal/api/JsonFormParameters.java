package org.onewindow.casework.internal.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spells JSON draft values the way the portal's form posts them.
 *
 * <p>One reader then applies the same rules to both (locked and attachment fields never taken,
 * row limits): a scalar is {@code name}, a list of scalars is a repeated {@code name}, an object
 * is {@code name.key} and a list of objects is {@code name[i].key}.
 */
public final class JsonFormParameters {

    private JsonFormParameters() {}

    /** The form parameters that the JSON object of field name to value stands for. */
    public static Map<String, String[]> of(Map<String, ?> values) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        values.forEach((name, value) -> add(parameters, name, value));
        Map<String, String[]> result = new LinkedHashMap<>();
        parameters.forEach((name, texts) -> result.put(name, texts.toArray(String[]::new)));
        return result;
    }

    private static void add(Map<String, List<String>> parameters, String name, Object value) {
        switch (value) {
            case null -> { }
            case Map<?, ?> object -> object.forEach((key, inner) -> add(parameters, name + "." + key, inner));
            case Collection<?> list when list.stream().anyMatch(Map.class::isInstance) -> {
                int row = 0;
                for (Object element : list) {
                    if (element instanceof Map<?, ?> object) {
                        String prefix = name + "[" + row + "].";
                        object.forEach((key, inner) -> add(parameters, prefix + key, inner));
                    }
                    row++;
                }
            }
            case Collection<?> list -> list.stream()
                    .filter(element -> element != null && !(element instanceof Collection<?>))
                    .forEach(element -> texts(parameters, name).add(text(element)));
            default -> texts(parameters, name).add(text(value));
        }
    }

    private static List<String> texts(Map<String, List<String>> parameters, String name) {
        return parameters.computeIfAbsent(name, n -> new ArrayList<>());
    }

    private static String text(Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal.toPlainString();
            case Double number -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            default -> String.valueOf(value);
        };
    }
}
