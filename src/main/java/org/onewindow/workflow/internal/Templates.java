package org.onewindow.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.DepartmentRef;
import org.onewindow.catalog.Processing;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.WorkflowNode;
import org.onewindow.identity.DepartmentFunction;
import org.onewindow.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The workflow definitions: the shared templates ({@code workflow/templates.yml}) and the items' own
 * steps ({@code processing.nodes}, read by the catalogue), validated at start-up together with every
 * item; a bad one stops start-up with the template or item and the step named.
 */
@Component
class Templates {

    static final String FILE = "workflow/templates.yml";
    /** The definition compiled from an item's own steps is named after the item: {@code item:<code>}. */
    static final String OWN = "item:";
    private static final Logger log = LoggerFactory.getLogger(Templates.class);

    private final Map<String, List<WorkflowNode>> templates = new LinkedHashMap<>();
    private final Catalog catalog;

    Templates(Catalog catalog) {
        this.catalog = catalog;
        Predicate<DepartmentRef> known = ref -> !catalog.departments(ref).isEmpty();
        List<String> problems = new ArrayList<>();
        load(FILE).forEach((name, raw) -> templates.put(name, template(name, raw, known, problems)));
        int own = 0;
        for (ServiceItem item : catalog.items()) {
            problems.addAll(validate(item.code(), item.processing(), templates, known));
            own += item.processing().ownWorkflow() ? 1 : 0;
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The workflow definitions (" + FILE + " and the items' processing.nodes) "
                    + "are invalid:\n  " + String.join("\n  ", problems));
        }
        log.info("Workflow templates {} checked against {} items, {} with their own steps", templates.keySet(),
                catalog.items().size(), own);
    }

    /** Compiles the item's workflow (its template, or its own steps) with the item's departments. */
    Definition compile(ServiceItem item) {
        return compile(item.code(), item.processing(), templates);
    }

    Catalog catalog() {
        return catalog;
    }

    /**
     * Checks an item's workflow: its own steps as a template's, or the template it names; either way, a
     * step taking the item's parallelReview needs an item that lists them.
     */
    static List<String> validate(String itemCode, Processing processing, Map<String, List<WorkflowNode>> templates,
            Predicate<DepartmentRef> known) {
        String owner = "item " + itemCode;
        List<WorkflowNode> nodes = processing.ownWorkflow() ? processing.nodes() : templates.get(processing.workflow());
        if (nodes == null) {
            return List.of(owner + ": unknown workflow template '" + processing.workflow() + "'");
        }
        List<String> problems = new ArrayList<>(
                processing.ownWorkflow() ? DefinitionCheck.problems(owner, nodes, known) : List.of());
        if (!processing.joint()) {
            nodes.stream().filter(n -> DefinitionCheck.PARALLEL_REVIEW.equals(n.departmentKeyword()))
                    .map(n -> processing.ownWorkflow()
                            ? owner + "." + n.id() + ": the item lists no parallelReview departments"
                            : owner + ": template '" + processing.workflow() + "' needs parallelReview departments")
                    .distinct()
                    .forEach(problems::add);
        }
        return problems;
    }

    /** Compiles an item's template or own steps with the item's departments; the steps were validated. */
    static Definition compile(String itemCode, Processing processing, Map<String, List<WorkflowNode>> templates) {
        String name = processing.ownWorkflow() ? OWN + itemCode : processing.workflow();
        List<WorkflowNode> nodes = processing.ownWorkflow() ? processing.nodes() : templates.get(name);
        List<Definition.Node> compiled = new ArrayList<>();
        for (WorkflowNode node : nodes) {
            compiled.add(new Definition.Node(
                    node.id(),
                    DefinitionCheck.kind(node),
                    departments(node, processing),
                    node.role() == null ? null : Role.valueOf(node.role()),
                    node.limitDays() == null ? 0 : node.limitDays(),
                    node.join(),
                    node.action()));
        }
        return new Definition(name, itemCode, compiled);
    }

    private static List<Definition.DepartmentRef> departments(WorkflowNode node, Processing processing) {
        if (DefinitionCheck.ACCEPT.equals(node.departmentKeyword())) {
            return List.of(ref(processing.accept()));
        }
        if (DefinitionCheck.PARALLEL_REVIEW.equals(node.departmentKeyword())) {
            return processing.parallelReview().stream().map(Templates::ref).toList();
        }
        if (node.department() != null) {
            return List.of(ref(node.department()));
        }
        return node.branches().stream().map(Templates::ref).toList();
    }

    private static Definition.DepartmentRef ref(DepartmentRef ref) {
        return new Definition.DepartmentRef(ref.code(), ref.function());
    }

    /** Reads and checks one template; adds its problems (those of reading it, else those of its steps). */
    static List<WorkflowNode> template(String name, List<Map<String, Object>> raw, Predicate<DepartmentRef> known,
            List<String> problems) {
        List<String> unreadable = new ArrayList<>();
        List<WorkflowNode> nodes = read(name, raw, unreadable);
        problems.addAll(unreadable.isEmpty() ? DefinitionCheck.problems(name, nodes, known) : unreadable);
        return nodes;
    }

    /**
     * Reads a template's steps as the catalogue reads an item's own: a department is a keyword
     * ({@code accept}, {@code parallelReview}) or {@code {code: …}} / {@code {function: …}}; branches are
     * such references (or plain codes). A reference that cannot be read is a problem.
     */
    private static List<WorkflowNode> read(String name, List<Map<String, Object>> raw, List<String> problems) {
        List<WorkflowNode> nodes = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Map<String, Object> node = raw.get(i);
            String where = name + "." + node.getOrDefault("id", "#" + i);
            Object department = node.get("department");
            List<DepartmentRef> branches = new ArrayList<>();
            if (node.get("branches") instanceof List<?> listed) {
                listed.forEach(branch -> branches.add(ref(where, branch, problems)));
            } else if (node.get("branches") != null) {
                problems.add(where + ": branches is a list of departments");
            }
            nodes.add(new WorkflowNode(
                    text(node, "id"),
                    text(node, "kind"),
                    department instanceof Map<?, ?> ? null : text(node, "department"),
                    department instanceof Map<?, ?> ? ref(where, department, problems) : null,
                    branches.stream().filter(Objects::nonNull).toList(),
                    text(node, "role"),
                    node.get("limitDays") instanceof Number days ? days.intValue() : null,
                    text(node, "join"),
                    text(node, "action")));
        }
        return nodes;
    }

    /** Reads a template's department or branch: {@code {code: tax}}, {@code {function: TAX}} or a plain code. */
    private static DepartmentRef ref(String where, Object raw, List<String> problems) {
        if (raw instanceof String code) {
            return DepartmentRef.ofCode(code);
        }
        if (!(raw instanceof Map<?, ?> map) || (map.get("code") == null) == (map.get("function") == null)
                || map.size() != 1) {
            problems.add(where + ": a department is {code: …} or {function: …}, not " + raw);
            return null;
        }
        if (map.get("code") != null) {
            return DepartmentRef.ofCode(String.valueOf(map.get("code")));
        }
        String function = String.valueOf(map.get("function"));
        try {
            return DepartmentRef.ofFunction(DepartmentFunction.valueOf(function.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": unknown department function '" + function + "'");
            return null;
        }
    }

    private static String text(Map<String, Object> raw, String key) {
        return raw.get(key) == null ? null : String.valueOf(raw.get(key));
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
