package org.onewindow.hotline.internal;

import java.util.Map;

/**
 * An extra question a service asks (a GeoReport v2 attribute).
 *
 * @param code the attribute's code, posted as {@code attribute[code]}
 * @param description the question in Chinese
 * @param descriptionEn the question in English
 * @param datatype {@code string}, {@code text} or {@code singlevaluelist}
 * @param required whether a request must answer it
 * @param values for a list, the allowed keys and their names, in order
 */
record ServiceAttribute(
        String code, String description, String descriptionEn, String datatype, boolean required,
        Map<String, String> values) {

    /** Whether the value is acceptable; blank counts as absent. */
    boolean accepts(String value) {
        if (value == null || value.isBlank()) {
            return !required;
        }
        return !"singlevaluelist".equals(datatype) || values.containsKey(value);
    }
}
