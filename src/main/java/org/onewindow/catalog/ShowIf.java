package org.onewindow.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;

/** Evaluates show-if conditions against values already accepted. */
final class ShowIf {

    private ShowIf() {}

    static boolean holds(Condition condition, Function<String, Object> lookup) {
        Object value = lookup.apply(condition.field());
        return switch (condition.operator()) {
            case FILLED -> value != null;
            case EQUALS -> matches(value, condition.values().getFirst());
            case NOT_EQUALS -> !matches(value, condition.values().getFirst());
            case IN -> condition.values().stream().anyMatch(expected -> matches(value, expected));
        };
    }

    private static boolean matches(Object value, String expected) {
        return switch (value) {
            case null -> false;
            case Collection<?> many -> many.stream().anyMatch(v -> text(v).equals(expected));
            default -> text(value).equals(expected);
        };
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
