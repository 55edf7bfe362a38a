package org.onewindow.workflow.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.onewindow.catalog.DepartmentRef;
import org.onewindow.catalog.WorkflowNode;
import org.onewindow.identity.Role;
import org.onewindow.workflow.NodeKind;

/**
 * Checks the steps of one workflow, a shared template's or an item's own, before anything is
 * compiled: kinds, roles, departments, limits, a join on parallel steps, nothing after the system
 * step, an accept step first and a decision. Each problem names the workflow and the step.
 */
final class DefinitionCheck {

    static final String ACCEPT = "accept";
    static final String PARALLEL_REVIEW = "parallelReview";

    private DefinitionCheck() {}

    /**
     * The problems of the steps, each as {@code owner.step: message}.
     *
     * @param owner the template's name, or {@code item <code>} for an item's own steps
     * @param known whether a department reference stands for a department of the catalogue
     */
    static List<String> problems(String owner, List<WorkflowNode> nodes, Predicate<DepartmentRef> known) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (nodes.isEmpty()) {
            problems.add(owner + ": no nodes");
        }
        for (int i = 0; i < nodes.size(); i++) {
            WorkflowNode node = nodes.get(i);
            String where = owner + "." + (node.id() == null ? "#" + i : node.id());
            if (node.id() == null || !ids.add(node.id())) {
                problems.add(where + ": missing or duplicate id");
            }
            NodeKind kind = kind(node);
            if (kind == null) {
                problems.add(where + ": unknown kind '" + node.kind() + "'");
                continue;
            }
            if (kind == NodeKind.SYSTEM) {
                if (i != nodes.size() - 1) {
                    problems.add(where + ": unreachable steps after a system step");
                }
                continue;
            }
            if (Stream.of(Role.values()).noneMatch(r -> r.name().equals(node.role()))) {
                problems.add(where + ": unknown role '" + node.role() + "'");
            }
            problems.addAll(departments(where, kind, node, known));
            if (node.limitDays() == null || node.limitDays() < 1) {
                problems.add(where + ": limitDays must be a positive number of working days");
            }
        }
        if (!nodes.isEmpty() && kind(nodes.getFirst()) != NodeKind.ACCEPT) {
            problems.add(owner + ": the first step must be an accept step");
        }
        if (nodes.stream().noneMatch(n -> kind(n) == NodeKind.DECIDE)) {
            problems.add(owner + ": no decide step");
        }
        return problems;
    }

    private static List<String> departments(String where, NodeKind kind, WorkflowNode node,
            Predicate<DepartmentRef> known) {
        List<String> problems = new ArrayList<>();
        if (kind == NodeKind.PARALLEL) {
            boolean listed = !node.branches().isEmpty();
            boolean fromItem = PARALLEL_REVIEW.equals(node.departmentKeyword());
            if (listed == fromItem || node.department() != null
                    || (node.departmentKeyword() != null && !fromItem)) {
                problems.add(where + ": a parallel step takes its branches from parallelReview or lists them "
                        + "(branches), one of the two");
            }
            if (listed && node.branches().size() < 2) {
                problems.add(where + ": a parallel step needs at least two branches");
            }
            if (node.branches().stream().distinct().count() < node.branches().size()) {
                problems.add(where + ": the same department is a branch twice");
            }
            if (!"all".equals(node.join())) {
                problems.add(where + ": a parallel step needs join: all");
            }
        } else {
            if (!node.branches().isEmpty()) {
                problems.add(where + ": only a parallel step has branches");
            }
            if (node.department() == null && !ACCEPT.equals(node.departmentKeyword())) {
                problems.add(where + ": unknown department reference '" + node.departmentKeyword()
                        + "' (expected accept, {code: …} or {function: …})");
            }
        }
        Stream.concat(Stream.ofNullable(node.department()), node.branches().stream())
                .filter(ref -> !known.test(ref))
                .forEach(ref -> problems.add(where + ": " + (ref.byFunction()
                        ? "no department of the catalogue has the function " + ref.function()
                        : "unknown department code '" + ref.code() + "'")));
        return problems;
    }

    /** The step's kind, or null if it names none we know. */
    static NodeKind kind(WorkflowNode node) {
        return Stream.of(NodeKind.values())
                .filter(k -> k.name().equals(String.valueOf(node.kind()).toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
    }
}
