package org.onewindow.catalog.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogDepartment;
import org.onewindow.catalog.LifeEvent;
import org.onewindow.catalog.ServiceItem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads the catalogue from its YAML files and validates it, collecting every problem with its
 * file, line and field before failing.
 *
 * <p>Files are read in passes so that the order of files does not matter: first every file's
 * departments, life events and synonyms, then the items, then the bundles.
 */
public final class CatalogLoader {

    /** The format version this loader reads; every file says {@code version: 1}. */
    static final String FORMAT_VERSION = "1";

    private final List<CatalogException.Problem> problems = new ArrayList<>();
    private final Directory directory = new Directory();
    private final Map<String, ServiceItem> items = new LinkedHashMap<>();
    private final Map<String, String> implementationCodes = new LinkedHashMap<>();
    private final Map<String, Bundle> bundles = new LinkedHashMap<>();
    private final List<SynonymRule> synonyms = new ArrayList<>();
    private String edition;

    private CatalogLoader() {}

    /** Loads and validates the files; throws {@link CatalogException} listing every problem. */
    public static CatalogData load(List<CatalogSource> sources) {
        return new CatalogLoader().run(sources);
    }

    private CatalogData run(List<CatalogSource> sources) {
        List<YamlMap> files = new ArrayList<>();
        for (CatalogSource source : sources) {
            attempt(() -> files.add(root(source)));
        }
        for (YamlMap file : files) {
            each(file, "departments", node -> {
                CatalogDepartment department = DirectoryReader.department(node, directory);
                directory.departments.put(department.code(), department);
            });
            each(file, "lifeEvents", node -> {
                LifeEvent event = DirectoryReader.lifeEvent(node, directory);
                directory.lifeEvents.put(event.code(), event);
            });
            each(file, "synonyms", node -> synonyms.add(DirectoryReader.synonym(node)));
            attempt(() -> readEdition(file));
        }
        ItemReader itemReader = new ItemReader(directory);
        for (YamlMap file : files) {
            each(file, "items", node -> add(node.map(), itemReader.read(node.map())));
        }
        checkCertificateTypes(itemReader.certificateTypeReferences());
        BundleReader bundleReader = new BundleReader(directory, items);
        for (YamlMap file : files) {
            each(file, "bundles", node -> {
                Bundle bundle = bundleReader.read(node.map());
                if (bundles.putIfAbsent(bundle.code(), bundle) != null) {
                    throw node.map().problem("code", "duplicate bundle code '" + bundle.code() + "'");
                }
            });
            attempt(file::done);
        }
        if (edition == null && problems.isEmpty()) {
            problems.add(new CatalogException.Problem(sources.isEmpty() ? "catalog" : sources.getFirst().name(), 1,
                    "edition", "no file names the catalogue's edition"));
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new CatalogData(edition, List.copyOf(directory.departments.values()),
                List.copyOf(directory.lifeEvents.values()), List.copyOf(items.values()),
                List.copyOf(bundles.values()), List.copyOf(synonyms));
    }

    private YamlMap root(CatalogSource source) {
        Node node;
        try {
            node = new Yaml(new LoaderOptions()).compose(new StringReader(source.content()));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ProblemAt(new CatalogException.Problem(source.name(), line, "(syntax)", e.getProblem()));
        }
        if (node == null) {
            throw new ProblemAt(new CatalogException.Problem(source.name(), 1, "version", "the file is empty"));
        }
        YamlMap root = new YamlNode(node, source.name(), "").map();
        String version = root.text("version");
        if (!FORMAT_VERSION.equals(version)) {
            throw root.problem("version", "unsupported format version '" + version + "', expected " + FORMAT_VERSION);
        }
        return root;
    }

    private void readEdition(YamlMap file) {
        String fileEdition = file.optionalText("edition");
        if (fileEdition == null) {
            return;
        }
        if (edition != null) {
            throw file.problem("edition", "the edition is named in more than one file");
        }
        edition = fileEdition;
    }

    /** A material satisfied by a certificate names a type some item yields (so it can exist at all). */
    private void checkCertificateTypes(List<YamlNode> references) {
        java.util.Set<String> known = new java.util.TreeSet<>();
        items.values().stream()
                .filter(item -> item.result() != null && item.result().yieldsCertificate())
                .forEach(item -> known.add(item.result().certificateType()));
        for (YamlNode reference : references) {
            attempt(() -> {
                if (!known.contains(reference.text())) {
                    throw reference.problem("unknown certificate type '" + reference.text()
                            + "' (no item yields it; known: " + String.join(", ", known) + ")");
                }
            });
        }
    }

    private void add(YamlMap map, ServiceItem item) {
        if (items.containsKey(item.code())) {
            throw map.problem("code", "duplicate item code '" + item.code() + "'");
        }
        String other = implementationCodes.putIfAbsent(item.implementationCode(), item.code());
        if (other != null) {
            throw map.problem("implementationCode", "item '" + other + "' has the same implementation code");
        }
        items.put(item.code(), item);
    }

    private void each(YamlMap file, String key, Consumer<YamlNode> reader) {
        List<YamlNode> nodes;
        try {
            nodes = file.list(key);
        } catch (ProblemAt problem) {
            problems.add(problem.problem());
            return;
        }
        for (YamlNode node : nodes) {
            attempt(() -> reader.accept(node));
        }
    }

    private void attempt(Runnable step) {
        try {
            step.run();
        } catch (ProblemAt problem) {
            problems.add(problem.problem());
        }
    }
}
