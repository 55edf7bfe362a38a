package org.onewindow.catalog;

import java.util.List;
import java.util.Map;

/**
 * The outcome of validating submitted values against a form.
 *
 * @param values the accepted values in canonical form (trimmed text, canonical identifiers, ISO
 *     dates, numbers as BigDecimal); hidden, blank, unknown and invalid fields are left out
 * @param errors the field-level errors, in form order; empty when valid
 */
public record ValidationResult(Map<String, Object> values, List<FieldError> errors) {

    public ValidationResult {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
