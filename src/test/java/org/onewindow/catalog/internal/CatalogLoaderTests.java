package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.Condition;
import org.onewindow.catalog.DepartmentRef;
import org.onewindow.catalog.FieldType;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.WorkflowNode;
import org.onewindow.identity.DepartmentFunction;

class CatalogLoaderTests {

    static final String MINIMAL = resource("minimal.yml");
    static final String FILE = "catalog/test.yml";

    @Test
    void loadsAValidCatalogue() {
        CatalogData data = CatalogLoader.load(List.of(new CatalogSource(FILE, MINIMAL)));

        assertThat(data.edition()).isEqualTo("test.1");
        assertThat(data.items()).extracting(ServiceItem::code).containsExactly("food-business-licence", "road-excavation");
        ServiceItem road = data.items().get(1);
        assertThat(road.department().function()).isEqualTo(DepartmentFunction.URBAN_MANAGEMENT);
        assertThat(road.processing().parallelReview()).hasSize(2);
        ServiceItem food = data.items().getFirst();
        assertThat(food.form().field("kitchenArea").orElseThrow().showIf())
                .isEqualTo(new Condition("catering", Condition.Operator.EQUALS, List.of("yes")));
        assertThat(food.form().field("floorPlan").orElseThrow().type()).isEqualTo(FieldType.ATTACHMENT);
        assertThat(food.form().prefills()).containsEntry("companyName", "legalEntity.name");
    }

    @Test
    void mergesTheFormsOfABundleAskingSharedFieldsOnce() {
        Bundle bundle = CatalogLoader.load(List.of(new CatalogSource(FILE, MINIMAL))).bundles().getFirst();

        assertThat(bundle.form().fields()).extracting(f -> f.name())
                .containsExactly("companyName", "catering", "kitchenArea", "floorPlan");
        assertThat(bundle.fieldsByItem().get("road-excavation")).containsExactly("companyName");
        assertThat(bundle.valuesFor("road-excavation", java.util.Map.of("companyName", "榕树餐饮", "catering", "yes")))
                .containsOnlyKeys("companyName");
    }

    @Test
    void aBrokenFileNamesFileLineAndField() {
        assertThatThrownBy(() -> CatalogLoader.load(List.of(
                        new CatalogSource("catalog/a.yml", MINIMAL),
                        new CatalogSource("catalog/items/broken-promised-limit.yml", resource("broken-promised-limit.yml")))))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("catalog/items/broken-promised-limit.yml:14: items[0].promisedLimit: "
                        + "the promised limit (30) is longer than the statutory limit (10)");
    }

    @Test
    void rejectsAMissingRequiredField() {
        String yaml = MINIMAL.replace("    name: 食品经营许可\n", "");
        assertProblem(yaml, lineOf(yaml, "  - code: food-business-licence"), "items[0].name", "required field is missing");
    }

    @Test
    void rejectsAPromisedLimitInAnotherUnit() {
        String yaml = MINIMAL.replace("promisedLimit: {value: 5, unit: working_days}",
                "promisedLimit: {value: 5, unit: calendar_days}");
        assertProblem(yaml, lineOf(yaml, "promisedLimit: {value: 5, unit: calendar_days}"), "items[0].promisedLimit",
                "same unit");
    }

    @Test
    void rejectsAJointItemWhoseStatutoryLimitExceedsFortyFiveWorkingDays() {
        String road = "statutoryLimit: {value: 20, unit: working_days}\n    promisedLimit: {value: 5, unit: working_days}";
        assertThat(MINIMAL).contains(road);
        String yaml = MINIMAL.replace(road, road.replace("value: 20", "value: 46"));
        assertProblem(yaml, lineOf(yaml, "statutoryLimit: {value: 46"), "items[1].statutoryLimit",
                "at most 45 working days");
        assertThat(CatalogLoader.load(List.of(new CatalogSource(FILE, MINIMAL.replace(road,
                        road.replace("value: 20", "value: 45"))))).items())
                .as("45 is the ceiling itself").hasSize(2);
    }

    @Test
    void rejectsAnImmediateItemThatPromisesDays() {
        String yaml = MINIMAL.replaceFirst("caseType: promised", "caseType: immediate");
        assertProblem(yaml, lineOf(yaml, "promisedLimit: {value: 5"), "items[0].promisedLimit", "immediate item");
    }

    @Test
    void rejectsAnUnknownItemTypeCode() {
        String yaml = MINIMAL.replaceFirst("type: \"01\"", "type: \"11\"");
        assertProblem(yaml, lineOf(yaml, "type: \"11\""), "items[0].type", "unknown item type code '11'");
    }

    @Test
    void rejectsABasicCodeThatDoesNotStartWithTheTypeCode() {
        String yaml = MINIMAL.replace("basicCode: \"0100127001\"", "basicCode: \"0500127001\"");
        assertProblem(yaml, lineOf(yaml, "basicCode: \"0500127001\""), "items[0].basicCode", "item type code 01");
    }

    @Test
    void rejectsANameLongerThanTwoHundredCharacters() {
        String yaml = MINIMAL.replace("    name: 食品经营许可\n", "    name: " + "食".repeat(201) + "\n");
        assertProblem(yaml, lineOf(yaml, "食食食"), "items[0].name", "longer than 200 characters");
    }

    @Test
    void rejectsAnImplementationCodeLongerThanTwentyFour() {
        String yaml = MINIMAL.replace("\"350100010012700101\"", "\"3501000100127001010000000\"");
        assertProblem(yaml, lineOf(yaml, "3501000100127001010000000"), "items[0].implementationCode", "at most 24");
    }

    @Test
    void rejectsAnUnknownDepartmentCode() {
        String yaml = MINIMAL.replace("    department: amr", "    department: fz-amr");
        assertProblem(yaml, lineOf(yaml, "department: fz-amr"), "items[0].department", "unknown department code 'fz-amr'");
    }

    @Test
    void rejectsAnUnknownDepartmentFunction() {
        String yaml = MINIMAL.replace("department: {function: URBAN_MANAGEMENT}", "department: {function: PARKS}");
        assertProblem(yaml, lineOf(yaml, "department: {function: PARKS}"), "items[1].department.function",
                "unknown value 'PARKS'");
    }

    @Test
    void rejectsADuplicateItemCode() {
        String yaml = MINIMAL.replace("  - code: road-excavation", "  - code: food-business-licence");
        assertProblem(yaml, lineOf(yaml, "name: 城市道路挖掘许可") - 1, "items[1].code",
                "duplicate item code 'food-business-licence'");
    }

    @Test
    void rejectsAnAttachmentForAnUnknownMaterial() {
        String yaml = MINIMAL.replace("material: floor_plan", "material: lease_contract");
        assertProblem(yaml, lineOf(yaml, "material: lease_contract"), "items[0].form[3].material",
                "unknown material 'lease_contract'");
    }

    @Test
    void aMaterialMayDeclareTheCertificateTypeThatSatisfiesIt() {
        String yaml = MINIMAL.replace("        name: 平面布局图\n        form: electronic\n",
                "        name: 平面布局图\n        form: electronic\n        certificateType: food_business_licence\n");
        ServiceItem food = CatalogLoader.load(List.of(new CatalogSource(FILE, yaml))).items().getFirst();

        assertThat(food.materials().getFirst().certificateType()).isEqualTo("food_business_licence");
        assertThat(food.materials().getFirst().satisfiedByCertificate()).isTrue();
        assertThat(CatalogLoader.load(List.of(new CatalogSource(FILE, MINIMAL))).items().getFirst().materials()
                .getFirst().satisfiedByCertificate()).isFalse();
    }

    @Test
    void rejectsAMaterialCertificateTypeThatNoItemYields() {
        String yaml = MINIMAL.replace("        name: 平面布局图\n        form: electronic\n",
                "        name: 平面布局图\n        form: electronic\n        certificateType: business_licence\n");
        assertProblem(yaml, lineOf(yaml, "certificateType: business_licence"), "items[0].materials[0].certificateType",
                "unknown certificate type 'business_licence' (no item yields it; known: food_business_licence)");
    }

    @Test
    void rejectsAMalformedMaterialCertificateType() {
        String yaml = MINIMAL.replace("        name: 平面布局图\n        form: electronic\n",
                "        name: 平面布局图\n        form: electronic\n        certificateType: 营业执照\n");
        assertProblem(yaml, lineOf(yaml, "certificateType: 营业执照"), "items[0].materials[0].certificateType",
                "certificate types are lower-case words joined by _");
    }

    @Test
    void aMaterialMayNameACertificateTypeThatAnItemOfALaterFileYields() {
        String first = MINIMAL.replace("        name: 平面布局图\n        form: electronic\n",
                "        name: 平面布局图\n        form: electronic\n        certificateType: excavation_permit\n");
        String road = MINIMAL.substring(MINIMAL.indexOf("  - code: road-excavation"), MINIMAL.indexOf("\nbundles:"));
        String second = "version: 1\nitems:\n" + road.replace("code: road-excavation", "code: road-excavation-permit")
                .replace("\"350100010120100101\"", "\"350100010120100102\"")
                .replace("result: {name: 城市道路挖掘许可决定书, kind: approval}",
                        "result: {name: 城市道路挖掘许可证, kind: certificate, certificateType: excavation_permit}");
        CatalogData data = CatalogLoader.load(List.of(new CatalogSource(FILE, first),
                new CatalogSource("catalog/items/later.yml", second)));

        assertThat(data.items().getFirst().materials().getFirst().certificateType()).isEqualTo("excavation_permit");
    }

    @Test
    void rejectsAShowIfOnAFieldThatDoesNotExist() {
        String yaml = MINIMAL.replace("showIf: {field: catering,", "showIf: {field: restaurant,");
        assertProblem(yaml, lineOf(yaml, "field: restaurant"), "items[0].form[2].showIf.field",
                "'restaurant', which is not an earlier field");
    }

    @Test
    void rejectsAShowIfValueThatIsNotAChoice() {
        String yaml = MINIMAL.replace("equals: \"yes\"}", "equals: \"maybe\"}");
        assertProblem(yaml, lineOf(yaml, "equals: \"maybe\""), "items[0].form[2].showIf",
                "'maybe' is not a choice of field 'catering'");
    }

    @Test
    void rejectsAnUnknownPrefillAttribute() {
        String yaml = MINIMAL.replaceFirst("prefill: legalEntity.name", "prefill: legalEntity.nickname");
        assertProblem(yaml, lineOf(yaml, "legalEntity.nickname"), "items[0].form[0].prefill",
                "unknown registry attribute 'legalEntity.nickname'");
    }

    @Test
    void rejectsABundleWithAnUnknownItem() {
        String yaml = MINIMAL.replace("items: [food-business-licence, road-excavation]",
                "items: [food-business-licence, street-stall]");
        assertProblem(yaml, lineOf(yaml, "street-stall"), "bundles[0].items[1]", "unknown item 'street-stall'");
    }

    @Test
    void rejectsAnUnknownLifeEvent() {
        String yaml = MINIMAL.replaceFirst("    lifeEvents: \\[start-business]", "    lifeEvents: [open-shop]");
        assertProblem(yaml, lineOf(yaml, "lifeEvents: [open-shop]"), "items[0].lifeEvents[0]",
                "unknown life event 'open-shop'");
    }

    @Test
    void rejectsABundleWhoseItemsDefineASharedFieldDifferently() {
        String yaml = MINIMAL.replaceFirst(
                "(?s)(- code: road-excavation.*?- name: companyName\\n\\s+type: )text", "$1textarea");
        assertProblem(yaml, lineOf(yaml, "  - code: open-shop") + 4, "bundles[0].items",
                "field 'companyName' of item 'road-excavation' is defined differently");
    }

    @Test
    void rejectsAMisspeltField() {
        String yaml = MINIMAL.replace("    maxVisits: 0\n    acceptanceConditions: [已取得",
                "    maxVisit: 0\n    maxVisits: 0\n    acceptanceConditions: [已取得");
        assertProblem(yaml, lineOf(yaml, "maxVisit: 0"), "items[0].maxVisit", "unknown field");
    }

    @Test
    void rejectsAnUnsupportedFormatVersion() {
        String yaml = MINIMAL.replace("version: 1", "version: 2");
        assertProblem(yaml, lineOf(yaml, "version: 2"), "version", "unsupported format version '2'");
    }

    @Test
    void reportsASyntaxErrorWithItsLine() {
        String yaml = MINIMAL.replace("    caseType: promised\n", "    caseType: [promised\n");
        assertThatThrownBy(() -> CatalogLoader.load(List.of(new CatalogSource(FILE, yaml))))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining(FILE + ":")
                .hasMessageContaining("(syntax)");
    }

    @Test
    void listsEveryProblemAtOnce() {
        String yaml = MINIMAL.replace("    department: amr", "    department: fz-amr")
                .replace("type: \"01\"\n    basicCode: \"0101201001\"", "type: \"99\"\n    basicCode: \"0101201001\"");
        assertThatThrownBy(() -> CatalogLoader.load(List.of(new CatalogSource(FILE, yaml))))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
                        .extracting(CatalogException.Problem::field)
                        .contains("items[0].department", "items[1].type"));
    }

    @Test
    void readsAnItemsOwnWorkflowStepsWithDepartmentsByKeywordCodeOrFunctionAndBranches() {
        ServiceItem food = CatalogLoader.load(List.of(new CatalogSource(FILE, ownSteps(OWN_STEPS)))).items().getFirst();

        assertThat(food.processing().workflow()).isNull();
        assertThat(food.processing().ownWorkflow()).isTrue();
        assertThat(food.processing().nodes()).containsExactly(
                new WorkflowNode("accept", "accept", "accept", null, List.of(), "WINDOW_CLERK", 5, null, null),
                new WorkflowNode("site", "review", null, DepartmentRef.ofFunction(DepartmentFunction.URBAN_MANAGEMENT),
                        List.of(), "REVIEWER", 10, null, null),
                new WorkflowNode("joint", "parallel", null, null,
                        List.of(DepartmentRef.ofCode("amr"), DepartmentRef.ofFunction(DepartmentFunction.URBAN_MANAGEMENT)),
                        "REVIEWER", 10, "all", null),
                new WorkflowNode("decide", "decide", null, DepartmentRef.ofCode("amr"), List.of(), "APPROVER", 5, null,
                        null),
                new WorkflowNode("issue", "system", null, null, List.of(), null, null, null, "issue-result"));
        assertThat(CatalogLoader.load(List.of(new CatalogSource(FILE, MINIMAL))).items().getFirst().processing().nodes())
                .as("an item naming a template has no steps of its own").isEmpty();
    }

    @Test
    void rejectsAnItemWhoseOwnParallelStepMakesItJointAndWhoseStatutoryLimitExceedsFortyFiveWorkingDays() {
        String limit = "statutoryLimit: {value: 10, unit: working_days}";
        String yaml = ownSteps(OWN_STEPS).replaceFirst(java.util.regex.Pattern.quote(limit),
                limit.replace("value: 10", "value: 46"));
        assertProblem(yaml, lineOf(yaml, "statutoryLimit: {value: 46"), "items[0].statutoryLimit",
                "at most 45 working days");
        String withoutParallelStep = ownSteps(OWN_STEPS.substring(0, OWN_STEPS.indexOf("        - {id: joint"))
                + OWN_STEPS.substring(OWN_STEPS.indexOf("        - {id: decide"))).replaceFirst(
                java.util.regex.Pattern.quote(limit), limit.replace("value: 10", "value: 46"));
        assertThat(CatalogLoader.load(List.of(new CatalogSource(FILE, withoutParallelStep))).items().getFirst()
                .statutoryLimit().value()).as("one department at a time: not joint").isEqualTo(46);
    }

    @Test
    void rejectsAnItemNamingATemplateAndDeclaringItsOwnSteps() {
        String yaml = MINIMAL.replace("      accept: amr\n      workflow: simple-approval\n",
                "      accept: amr\n      workflow: simple-approval\n" + OWN_STEPS);
        assertProblem(yaml, lineOf(yaml, "      nodes:") + 1, "items[0].processing.nodes",
                "item food-business-licence names the workflow template 'simple-approval' and declares its own nodes");
    }

    @Test
    void rejectsAnItemWithoutATemplateOrStepsOfItsOwn() {
        String yaml = MINIMAL.replace("      accept: amr\n      workflow: simple-approval\n", "      accept: amr\n");
        assertProblem(yaml, lineOf(yaml, "      accept: amr"), "items[0].processing.workflow",
                "item food-business-licence has no workflow: name a template (workflow) or declare its own steps (nodes)");
    }

    @Test
    void rejectsAStepNamingAnUnknownDepartmentCodeOrFunction() {
        String code = ownSteps(OWN_STEPS.replace("department: {code: amr}", "department: {code: fz-amr}"));
        assertProblem(code, lineOf(code, "{code: fz-amr}"), "items[0].processing.nodes[3].department.code",
                "unknown department code 'fz-amr'");
        String function = ownSteps(OWN_STEPS.replace("branches: [{code: amr}, {function: URBAN_MANAGEMENT}]",
                "branches: [{code: amr}, {function: HEALTH}]"));
        assertProblem(function, lineOf(function, "{function: HEALTH}"),
                "items[0].processing.nodes[2].branches[1].function", "no catalogue department has the function HEALTH");
    }

    @Test
    void rejectsAMisspeltKeyInAStep() {
        String yaml = ownSteps(OWN_STEPS.replace("limitDays: 10, join: all", "limitDays: 10, joins: all"));
        assertProblem(yaml, lineOf(yaml, "joins: all"), "items[0].processing.nodes[2].joins", "unknown field");
    }

    /** The food licence's own steps: accepted by amr, its site reviewed by the district's urban management. */
    private static final String OWN_STEPS = """
                  nodes:
                    - {id: accept, kind: accept, department: accept, role: WINDOW_CLERK, limitDays: 5}
                    - {id: site, kind: review, department: {function: URBAN_MANAGEMENT}, role: REVIEWER, limitDays: 10}
                    - {id: joint, kind: parallel, branches: [{code: amr}, {function: URBAN_MANAGEMENT}], role: REVIEWER, limitDays: 10, join: all}
                    - {id: decide, kind: decide, department: {code: amr}, role: APPROVER, limitDays: 5}
                    - {id: issue, kind: system, action: issue-result}
            """;

    private static String ownSteps(String steps) {
        return MINIMAL.replace("      accept: amr\n      workflow: simple-approval\n", "      accept: amr\n" + steps);
    }

    private static void assertProblem(String yaml, int line, String field, String message) {
        assertThatThrownBy(() -> CatalogLoader.load(List.of(new CatalogSource(FILE, yaml))))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo(FILE);
                            assertThat(problem.field()).isEqualTo(field);
                            assertThat(problem.line()).isEqualTo(line);
                            assertThat(problem.message()).contains(message);
                        }));
    }

    static int lineOf(String yaml, String text) {
        int at = yaml.indexOf(text);
        assertThat(at).as("fixture contains %s", text).isNotNegative();
        return (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static String resource(String name) {
        try (InputStream in = CatalogLoaderTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
