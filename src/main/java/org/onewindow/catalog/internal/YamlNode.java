package org.onewindow.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** A node of a catalogue file that knows its file, line and path, so that every error can name them. */
final class YamlNode {

    private final Node node;
    private final String file;
    private final String path;

    YamlNode(Node node, String file, String path) {
        this.node = node;
        this.file = file;
        this.path = path;
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    boolean isNull() {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** The scalar's text exactly as written (no type resolution: {@code 01} stays {@code 01}). */
    String text() {
        if (!(node instanceof ScalarNode scalar) || isNull()) {
            throw problem("expected a single value");
        }
        return scalar.getValue().strip();
    }

    YamlMap map() {
        if (!(node instanceof MappingNode mapping)) {
            throw problem("expected a mapping of keys to values");
        }
        return new YamlMap(this, mapping);
    }

    List<YamlNode> list() {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem("expected a list");
        }
        List<YamlNode> elements = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            elements.add(new YamlNode(sequence.getValue().get(i), file, path + "[" + i + "]"));
        }
        return elements;
    }

    ProblemAt problem(String message) {
        return new ProblemAt(new CatalogException.Problem(file, line(), path, message));
    }
}
