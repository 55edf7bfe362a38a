package org.onewindow.casework.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a draft holds: the values typed so far and the prefilled registry values, which are
 * locked: a posted value never replaces them.
 *
 * @param values every field's value, prefilled ones included
 * @param locked the names of the fields prefilled from a registry
 */
record DraftContent(Map<String, Object> values, Set<String> locked) {

    DraftContent {
        values = new LinkedHashMap<>(values);
        locked = new TreeSet<>(locked);
    }

    /** Keeps the locked values and takes every other value from what was posted. */
    DraftContent withPosted(Map<String, Object> posted) {
        Map<String, Object> merged = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (locked.contains(name)) {
                merged.put(name, value);
            }
        });
        posted.forEach((name, value) -> {
            if (!locked.contains(name)) {
                merged.put(name, value);
            }
        });
        return new DraftContent(merged, locked);
    }

    DraftContent with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new DraftContent(copy, locked);
    }
}
