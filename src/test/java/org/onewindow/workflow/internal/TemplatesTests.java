package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.DepartmentRef;
import org.onewindow.catalog.Processing;
import org.onewindow.catalog.WorkflowNode;
import org.onewindow.identity.DepartmentFunction;
import org.onewindow.identity.Role;
import org.onewindow.workflow.NodeKind;

class TemplatesTests {

    /** The catalogue of these tests: amr and tax by code, market regulation, tax and urban management by function. */
    private static final Predicate<DepartmentRef> KNOWN = ref -> ref.byFunction()
            ? Set.of(DepartmentFunction.MARKET_REGULATION, DepartmentFunction.TAX, DepartmentFunction.URBAN_MANAGEMENT)
                    .contains(ref.function())
            : Set.of("amr", "tax", "gl.urban").contains(ref.code());
    private static final DepartmentRef AMR = DepartmentRef.ofCode("amr");

    @Test
    void theShippedTemplatesAreValid() {
        Templates.load(Templates.FILE).forEach((name, nodes) -> assertThat(validate(name, nodes)).isEmpty());
    }

    @Test
    void aParallelStepWithoutAJoinIsRefused() {
        assertThat(validate("t", List.of(
                        node("accept", "accept", "accept", "WINDOW_CLERK"),
                        Map.of("id", "review", "kind", "parallel", "department", "parallelReview", "role", "REVIEWER",
                                "limitDays", 10),
                        node("decide", "decide", "accept", "APPROVER"))))
                .containsExactly("t.review: a parallel step needs join: all");
    }

    @Test
    void unknownRolesKindsAndDepartmentsAreNamed() {
        assertThat(validate("t", List.of(
                        node("accept", "accept", "accept", "WINDOW_CLERK"),
                        node("check", "inspect", "accept", "REVIEWER"),
                        node("review", "review", "somewhere", "JANITOR"),
                        node("decide", "decide", "accept", "APPROVER"))))
                .containsExactlyInAnyOrder(
                        "t.check: unknown kind 'inspect'",
                        "t.review: unknown role 'JANITOR'",
                        "t.review: unknown department reference 'somewhere' (expected accept, {code: …} or {function: …})");
    }

    @Test
    void stepsAfterTheSystemStepAreUnreachableAndADecisionIsRequired() {
        assertThat(validate("t", List.of(
                        node("accept", "accept", "accept", "WINDOW_CLERK"),
                        Map.of("id", "issue", "kind", "system", "action", "issue-result"),
                        node("review", "review", "accept", "REVIEWER"))))
                .contains("t.issue: unreachable steps after a system step", "t: no decide step");
    }

    @Test
    void aTemplateStepNamesItsDepartmentByCodeOrByFunctionAndAParallelStepItsBranches() {
        List<String> problems = new ArrayList<>();
        List<WorkflowNode> nodes = Templates.template("t", List.of(
                node("accept", "accept", "accept", "WINDOW_CLERK"),
                node("tax", "review", Map.of("function", "TAX"), "REVIEWER"),
                Map.of("id", "joint", "kind", "parallel", "role", "REVIEWER", "limitDays", 10, "join", "all",
                        "branches", List.of(Map.of("code", "tax"), Map.of("function", "URBAN_MANAGEMENT"))),
                node("decide", "decide", Map.of("code", "amr"), "APPROVER")), KNOWN, problems);

        assertThat(problems).isEmpty();
        Definition definition = Templates.compile("x", new Processing(AMR, List.of(), "t", List.of()), Map.of("t", nodes));
        assertThat(definition.nodes()).extracting(Definition.Node::departments).containsExactly(
                List.of(new Definition.DepartmentRef("amr", null)),
                List.of(new Definition.DepartmentRef(null, DepartmentFunction.TAX)),
                List.of(new Definition.DepartmentRef("tax", null),
                        new Definition.DepartmentRef(null, DepartmentFunction.URBAN_MANAGEMENT)),
                List.of(new Definition.DepartmentRef("amr", null)));
    }

    @Test
    void aTemplateNamingAnUnknownDepartmentCodeOrFunctionIsRefused() {
        assertThat(validate("t", List.of(
                        node("accept", "accept", "accept", "WINDOW_CLERK"),
                        node("review", "review", Map.of("code", "fz-tax"), "REVIEWER"),
                        node("check", "review", Map.of("function", "HEALTH"), "REVIEWER"),
                        node("decide", "decide", "accept", "APPROVER"))))
                .containsExactly(
                        "t.review: unknown department code 'fz-tax'",
                        "t.check: no department of the catalogue has the function HEALTH");
        assertThat(validate("t", List.of(node("review", "review", Map.of("function", "PARKS"), "REVIEWER"))))
                .as("a template that cannot be read is not checked further")
                .containsExactly("t.review: unknown department function 'PARKS'");
    }

    @Test
    void anItemsOwnStepByCodeAndByFunctionCompileToThoseDepartments() {
        Processing own = new Processing(AMR, List.of(), null, List.of(
                own("accept", "accept", "accept", null, "WINDOW_CLERK"),
                own("urban", "review", null, DepartmentRef.ofFunction(DepartmentFunction.URBAN_MANAGEMENT), "REVIEWER"),
                own("tax", "review", null, DepartmentRef.ofCode("tax"), "REVIEWER"),
                own("decide", "decide", "accept", null, "APPROVER"),
                new WorkflowNode("issue", "system", null, null, List.of(), null, null, null, "issue-result")));

        assertThat(Templates.validate("street-stall", own, Map.of(), KNOWN)).isEmpty();
        Definition definition = Templates.compile("street-stall", own, Map.of());
        assertThat(definition.name()).isEqualTo("item:street-stall");
        assertThat(definition.itemCode()).isEqualTo("street-stall");
        assertThat(definition.nodes()).extracting(Definition.Node::id, Definition.Node::kind,
                        Definition.Node::departments, Definition.Node::role, Definition.Node::limitDays)
                .containsExactly(
                        tuple("accept", NodeKind.ACCEPT,
                                List.of(new Definition.DepartmentRef("amr", null)), Role.WINDOW_CLERK, 5),
                        tuple("urban", NodeKind.REVIEW,
                                List.of(new Definition.DepartmentRef(null, DepartmentFunction.URBAN_MANAGEMENT)),
                                Role.REVIEWER, 5),
                        tuple("tax", NodeKind.REVIEW,
                                List.of(new Definition.DepartmentRef("tax", null)), Role.REVIEWER, 5),
                        tuple("decide", NodeKind.DECIDE,
                                List.of(new Definition.DepartmentRef("amr", null)), Role.APPROVER, 5),
                        tuple("issue", NodeKind.SYSTEM, List.of(), null, 0));
    }

    @Test
    void anItemsOwnStepsNamingAnUnknownCodeOrFunctionOrAParallelStepWithoutJoinAreRefusedNamingItemAndStep() {
        Processing own = new Processing(AMR, List.of(), null, List.of(
                own("accept", "accept", "accept", null, "WINDOW_CLERK"),
                own("review", "review", null, DepartmentRef.ofCode("fz-tax"), "REVIEWER"),
                own("check", "review", null, DepartmentRef.ofFunction(DepartmentFunction.HEALTH), "REVIEWER"),
                new WorkflowNode("joint", "parallel", null, null, List.of(AMR, DepartmentRef.ofCode("tax")),
                        "REVIEWER", 10, null, null),
                own("decide", "decide", "accept", null, "APPROVER")));

        assertThat(Templates.validate("street-stall", own, Map.of(), KNOWN)).containsExactly(
                "item street-stall.review: unknown department code 'fz-tax'",
                "item street-stall.check: no department of the catalogue has the function HEALTH",
                "item street-stall.joint: a parallel step needs join: all");
    }

    @Test
    void anItemsOwnParallelStepTakingParallelReviewNeedsTheItemToListThem() {
        Processing own = new Processing(AMR, List.of(), null, List.of(
                own("accept", "accept", "accept", null, "WINDOW_CLERK"),
                new WorkflowNode("joint", "parallel", "parallelReview", null, List.of(), "REVIEWER", 10, "all", null),
                own("decide", "decide", "accept", null, "APPROVER")));

        assertThat(Templates.validate("street-stall", own, Map.of(), KNOWN))
                .containsExactly("item street-stall.joint: the item lists no parallelReview departments");
    }

    @Test
    void anItemNamingAnUnknownTemplateIsRefused() {
        assertThat(Templates.validate("street-stall", new Processing(AMR, List.of(), "quick-approval", List.of()),
                        Map.of(), KNOWN))
                .containsExactly("item street-stall: unknown workflow template 'quick-approval'");
    }

    private static List<String> validate(String name, List<Map<String, Object>> raw) {
        List<String> problems = new ArrayList<>();
        Templates.template(name, raw, KNOWN, problems);
        return problems;
    }

    private static Map<String, Object> node(String id, String kind, Object department, String role) {
        Map<String, Object> node = new HashMap<>(Map.of("id", id, "kind", kind, "role", role, "limitDays", 5));
        node.put("department", department);
        return node;
    }

    private static WorkflowNode own(String id, String kind, String keyword, DepartmentRef department, String role) {
        return new WorkflowNode(id, kind, keyword, department, List.of(), role, 5, null, null);
    }
}
