package org.onewindow.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.DepartmentRef;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.identity.Role;
import org.onewindow.workflow.NodeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The shared workflow templates ({@code workflow/templates.yml}), validated at start-up together with
 * every item that references one; a bad template stops start-up with the template and node named.
 */
@Component
class Templates {

    static final String FILE = "workflow/templates.yml";
    private static final Logger log = LoggerFactory.getLogger(Templates.class);

    private final Map<String, List<Map<String, Object>>> templates;
    private final Catalog catalog;

    Templates(Catalog catalog) {
        this.catalog = catalog;
        this.templates = load(FILE);
        List<String> problems = new ArrayList<>();
        templates.forEach((name, nodes) -> problems.addAll(validate(name, nodes)));
        for (ServiceItem item : catalog.items()) {
            String name = item.processing().workflow();
            if (!templates.containsKey(name)) {
                problems.add("item " + item.code() + ": unknown workflow template '" + name + "'");
            } else if (templates.get(name).stream().anyMatch(n -> "parallelReview".equals(n.get("department")))
                    && !item.processing().joint()) {
                problems.add("item " + item.code() + ": template '" + name + "' needs parallelReview departments");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(FILE + " is invalid:\n  " + String.join("\n  ", problems));
        }
        log.info("Workflow templates {} checked against {} items", templates.keySet(), catalog.items().size());
    }

    /** Compiles the item's template with the item's departments. */
    Definition compile(ServiceItem item) {
        String name = item.processing().workflow();
        List<Definition.Node> nodes = new ArrayList<>();
        for (Map<String, Object> raw : templates.get(name)) {
            NodeKind kind = NodeKind.valueOf(text(raw, "kind").toUpperCase(Locale.ROOT));
            List<Definition.DepartmentRef> departments = switch (String.valueOf(raw.get("department"))) {
                case "accept" -> List.of(ref(item.processing().accept()));
                case "parallelReview" -> item.processing().parallelReview().stream().map(Templates::ref).toList();
                default -> List.of();
            };
            nodes.add(new Definition.Node(
                    text(raw, "id"),
                    kind,
                    departments,
                    raw.get("role") == null ? null : Role.valueOf(text(raw, "role")),
                    raw.get("limitDays") == null ? 0 : ((Number) raw.get("limitDays")).intValue(),
                    raw.get("join") == null ? null : text(raw, "join"),
                    raw.get("action") == null ? null : text(raw, "action")));
        }
        return new Definition(name, item.code(), nodes);
    }

    Catalog catalog() {
        return catalog;
    }

    /** Checks one template: kinds, roles, departments, limits, a join on parallel steps, system last. */
    static List<String> validate(String name, List<Map<String, Object>> nodes) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (nodes.isEmpty()) {
            problems.add(name + ": no nodes");
        }
        for (int i = 0; i < nodes.size(); i++) {
            Map<String, Object> node = nodes.get(i);
            String where = name + "." + node.getOrDefault("id", "#" + i);
            if (node.get("id") == null || !ids.add(String.valueOf(node.get("id")))) {
                problems.add(where + ": missing or duplicate id");
            }
            NodeKind kind;
            try {
                kind = NodeKind.valueOf(String.valueOf(node.get("kind")).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": unknown kind '" + node.get("kind") + "'");
                continue;
            }
            if (kind == NodeKind.SYSTEM) {
                if (i != nodes.size() - 1) {
                    problems.add(where + ": unreachable steps after a system step");
                }
                continue;
            }
            try {
                Role.valueOf(String.valueOf(node.get("role")));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": unknown role '" + node.get("role") + "'");
            }
            Object department = node.get("department");
            if (kind == NodeKind.PARALLEL) {
                if (!"parallelReview".equals(department)) {
                    problems.add(where + ": a parallel step takes its branches from parallelReview");
                }
                if (!"all".equals(node.get("join"))) {
                    problems.add(where + ": a parallel step needs join: all");
                }
            } else if (!"accept".equals(department)) {
                problems.add(where + ": unknown department reference '" + department + "'");
            }
            if (!(node.get("limitDays") instanceof Number days) || days.intValue() < 1) {
                problems.add(where + ": limitDays must be a positive number of working days");
            }
        }
        if (!nodes.isEmpty() && !"accept".equals(String.valueOf(nodes.getFirst().get("kind")))) {
            problems.add(name + ": the first step must be an accept step");
        }
        if (nodes.stream().noneMatch(n -> "decide".equals(String.valueOf(n.get("kind"))))) {
            problems.add(name + ": no decide step");
        }
        return problems;
    }

    private static Definition.DepartmentRef ref(DepartmentRef ref) {
        return new Definition.DepartmentRef(ref.code(), ref.function());
    }

    private static String text(Map<String, Object> raw, String key) {
        return String.valueOf(raw.get(key));
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<Map<String, Object>>> load(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            Map<String, Map<String, Object>> workflows = (Map<String, Map<String, Object>>) root.get("workflows");
            Map<String, List<Map<String, Object>>> result = new LinkedHashMap<>();
            workflows.forEach((name, body) -> result.put(name, (List<Map<String, Object>>) body.get("nodes")));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
