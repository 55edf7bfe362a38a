package org.onewindow.catalog;

import java.math.BigDecimal;

/**
 * The limits of a field's value; every part may be null (no limit).
 *
 * @param minLength fewest characters (text types)
 * @param maxLength most characters (text types, address detail)
 * @param min smallest number
 * @param max largest number
 * @param earliest earliest date
 * @param latest latest date ({@code today} for "not in the future")
 * @param pattern a regular expression the whole text must match
 * @param minItems fewest rows, choices or files
 * @param maxItems most rows, choices or files
 */
public record FieldLimits(
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        DateBound earliest,
        DateBound latest,
        String pattern,
        Integer minItems,
        Integer maxItems) {

    public static final FieldLimits NONE = new FieldLimits(null, null, null, null, null, null, null, null, null);
}
