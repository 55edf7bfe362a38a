package org.onewindow.catalog;

import java.util.Collection;
import java.util.Map;

/** Whether a submitted value counts as not given: null, blank text, or a collection of blanks. */
final class Blank {

    private Blank() {}

    static boolean is(Object value) {
        return switch (value) {
            case null -> true;
            case CharSequence text -> text.toString().isBlank();
            case Collection<?> list -> list.stream().allMatch(Blank::is);
            case Map<?, ?> map -> map.values().stream().allMatch(Blank::is);
            default -> false;
        };
    }
}
