package org.onewindow.catalog;

import java.util.List;

/**
 * A show-if condition: the field is asked only when another field's value satisfies it.
 *
 * <p>The other field is an earlier top-level field, or an earlier field of the same row in a
 * repeating group. A multiple-choice value satisfies {@code equals} when it contains the value.
 *
 * @param field the name of the field it looks at
 * @param operator the test
 * @param values the values tested against (one for equals and not-equals, none for filled)
 */
public record Condition(String field, Operator operator, List<String> values) {

    /** The tests a condition can make. */
    public enum Operator {
        EQUALS,
        NOT_EQUALS,
        IN,
        FILLED
    }

    public Condition {
        values = List.copyOf(values);
    }
}
