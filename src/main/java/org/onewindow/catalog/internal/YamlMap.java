package org.onewindow.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A mapping of a catalogue file with typed, located accessors. {@link #done()} reports the first
 * key nobody asked for, so that a misspelt field is an error rather than silently ignored.
 */
final class YamlMap {

    private final YamlNode self;
    private final Map<String, YamlNode> entries = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();

    YamlMap(YamlNode self, MappingNode mapping) {
        this.self = self;
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw self.problem("keys must be plain words");
            }
            String name = key.getValue();
            YamlNode value = new YamlNode(tuple.getValueNode(), self.file(), child(name));
            if (entries.putIfAbsent(name, value) != null) {
                throw new YamlNode(key, self.file(), child(name)).problem("duplicate key");
            }
        }
    }

    YamlNode node() {
        return self;
    }

    boolean has(String key) {
        YamlNode value = entries.get(key);
        return value != null && !value.isNull();
    }

    Optional<YamlNode> optional(String key) {
        used.add(key);
        return has(key) ? Optional.of(entries.get(key)) : Optional.empty();
    }

    YamlNode required(String key) {
        return optional(key).orElseThrow(() -> missing(key));
    }

    String text(String key) {
        String value = required(key).text();
        if (value.isEmpty()) {
            throw entries.get(key).problem("must not be empty");
        }
        return value;
    }

    String text(String key, int maxLength) {
        String value = text(key);
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw entries.get(key).problem("longer than " + maxLength + " characters");
        }
        return value;
    }

    String optionalText(String key) {
        return optional(key).map(YamlNode::text).orElse(null);
    }

    String textOrEmpty(String key) {
        return optional(key).map(YamlNode::text).orElse("");
    }

    int integer(String key) {
        YamlNode node = required(key);
        return parseInt(node);
    }

    Integer optionalInteger(String key) {
        return optional(key).map(YamlMap::parseInt).orElse(null);
    }

    BigDecimal optionalDecimal(String key) {
        return optional(key).map(node -> {
            try {
                return new BigDecimal(node.text());
            } catch (NumberFormatException e) {
                throw node.problem("expected a number");
            }
        }).orElse(null);
    }

    boolean bool(String key, boolean otherwise) {
        return optional(key).map(node -> switch (node.text()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw node.problem("expected true or false");
        }).orElse(otherwise);
    }

    /** The elements of an optional list; absent means empty. */
    List<YamlNode> list(String key) {
        return optional(key).map(YamlNode::list).orElse(List.of());
    }

    /** An optional list of texts; a single text is a list of one. */
    List<String> texts(String key) {
        Optional<YamlNode> node = optional(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get().isScalar()) {
            return List.of(node.get().text());
        }
        List<String> texts = new ArrayList<>();
        for (YamlNode element : node.get().list()) {
            texts.add(element.text());
        }
        return List.copyOf(texts);
    }

    /** An enum constant written in lower case: {@code working_days} for {@code WORKING_DAYS}. */
    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return parseEnum(required(key), type);
    }

    static <E extends Enum<E>> E parseEnum(YamlNode node, Class<E> type) {
        String text = node.text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw node.problem("unknown value '" + text + "', expected one of " + allowed);
    }

    ProblemAt missing(String key) {
        return new ProblemAt(new CatalogException.Problem(
                self.file(), self.line(), child(key), "required field is missing"));
    }

    /** A problem located at the key's value if present, else at this mapping. */
    ProblemAt problem(String key, String message) {
        YamlNode value = entries.get(key);
        if (value != null) {
            return value.problem(message);
        }
        return new ProblemAt(new CatalogException.Problem(self.file(), self.line(), child(key), message));
    }

    /** Fails on the first key that no accessor asked for. */
    void done() {
        for (Map.Entry<String, YamlNode> entry : entries.entrySet()) {
            if (!used.contains(entry.getKey())) {
                throw entry.getValue().problem("unknown field");
            }
        }
    }

    private String child(String key) {
        return self.path().isEmpty() ? key : self.path() + "." + key;
    }

    private static int parseInt(YamlNode node) {
        try {
            return Integer.parseInt(node.text());
        } catch (NumberFormatException e) {
            throw node.problem("expected a whole number");
        }
    }
}
