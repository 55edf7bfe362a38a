package org.onewindow.catalog.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onewindow.catalog.Audience;
import org.onewindow.catalog.CaseType;
import org.onewindow.catalog.DepartmentRef;
import org.onewindow.catalog.Fee;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.ItemResult;
import org.onewindow.catalog.ItemType;
import org.onewindow.catalog.Material;
import org.onewindow.catalog.Phones;
import org.onewindow.catalog.ProcedureStep;
import org.onewindow.catalog.Processing;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.TimeLimit;
import org.onewindow.catalog.WorkflowNode;

/** Reads one service item and checks it against GB/T 39046 and the catalogue's departments and life events. */
final class ItemReader {

    private static final Pattern BASIC_CODE = Pattern.compile("\\d{2}[0-9A-Z]{6,18}");
    private static final Pattern IMPLEMENTATION_CODE = Pattern.compile("[0-9A-Z]{1,24}");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{2,19}");
    private static final Pattern SYMBOL = Pattern.compile("[a-z][a-z0-9_-]{0,47}");
    private static final int MAX_NAME = 200;

    private final Directory directory;
    private final List<YamlNode> certificateTypeReferences = new ArrayList<>();

    ItemReader(Directory directory) {
        this.directory = directory;
    }

    /**
     * The materials' {@code certificateType} values read so far, located; the loader checks them
     * against the types the items yield once every file's items are read.
     */
    List<YamlNode> certificateTypeReferences() {
        return List.copyOf(certificateTypeReferences);
    }

    ServiceItem read(YamlMap map) {
        String code = DirectoryReader.code(map);
        String name = map.text("name", MAX_NAME);
        String nameEn = map.textOrEmpty("nameEn");
        ItemType type = itemType(map);
        String basicCode = map.text("basicCode");
        if (!BASIC_CODE.matcher(basicCode).matches() || !basicCode.startsWith(type.code())) {
            throw map.problem("basicCode", "a basic code is 8 to 20 digits and capitals starting with the item type code "
                    + type.code());
        }
        String implementationCode = map.text("implementationCode");
        if (!IMPLEMENTATION_CODE.matcher(implementationCode).matches()) {
            throw map.problem("implementationCode", "an implementation code is at most 24 digits and capitals");
        }
        CaseType caseType = map.enumValue("caseType", CaseType.class);
        List<String> legalBasis = map.texts("legalBasis");
        if (legalBasis.isEmpty()) {
            throw map.missing("legalBasis");
        }
        DepartmentRef department = directory.departmentRef(map.required("department"));
        TimeLimit statutory = limit(map.required("statutoryLimit").map());
        TimeLimit promised = limit(map.required("promisedLimit").map());
        checkLimits(map, caseType, statutory, promised);
        List<String> conditions = map.texts("acceptanceConditions");
        if (conditions.isEmpty()) {
            throw map.missing("acceptanceConditions");
        }
        List<ProcedureStep> procedure = procedure(map);
        List<Material> materials = materials(map);
        List<Fee> fees = fees(map);
        Set<Audience> audiences = audiences(map);
        List<String> lifeEvents = lifeEvents(map);
        boolean online = map.bool("online", true);
        int maxVisits = map.integer("maxVisits");
        if (maxVisits < 0 || maxVisits > 5) {
            throw map.problem("maxVisits", "on-site visits are between 0 and 5 (the target is 0)");
        }
        ItemResult result = result(map.required("result").map());
        Phones phones = phones(map.required("phones").map());
        List<String> synonyms = map.texts("synonyms");
        List<String> keywords = map.texts("keywords");
        String guide = map.textOrEmpty("guide");
        Processing processing = processing(map.required("processing").map(), code);
        if (processing.jointlyProcessed() && statutory.unit() == TimeLimit.Unit.WORKING_DAYS
                && statutory.value() > Processing.JOINT_STATUTORY_WORKING_DAYS) {
            throw map.problem("statutoryLimit", "a joint item (parallel review) has a statutory limit of at most "
                    + Processing.JOINT_STATUTORY_WORKING_DAYS + " working days (行政许可法 Art. 42 ¶2), not "
                    + statutory.value());
        }
        Set<String> materialCodes = new java.util.HashSet<>();
        materials.forEach(m -> materialCodes.add(m.code()));
        List<YamlNode> fields = map.list("form");
        if (fields.isEmpty()) {
            throw map.missing("form");
        }
        Form form = new FormReader(materialCodes).read(fields);
        map.done();
        return new ServiceItem(code, name, nameEn, basicCode, implementationCode, type, caseType, legalBasis,
                department, statutory, promised, conditions, procedure, materials, fees, audiences, lifeEvents,
                online, maxVisits, result, phones, synonyms, keywords, guide, processing, form);
    }

    private static ItemType itemType(YamlMap map) {
        String code = map.text("type");
        return ItemType.ofCode(code).orElseThrow(() -> map.problem("type",
                "unknown item type code '" + code + "' (GB/T 39046: 01-10 or 20)"));
    }

    private static TimeLimit limit(YamlMap map) {
        int value = map.integer("value");
        if (value < 0 || value > 365) {
            throw map.problem("value", "a time limit is between 0 and 365");
        }
        TimeLimit limit = new TimeLimit(value, map.enumValue("unit", TimeLimit.Unit.class));
        map.done();
        return limit;
    }

    private static void checkLimits(YamlMap map, CaseType caseType, TimeLimit statutory, TimeLimit promised) {
        if (statutory.unit() != promised.unit()) {
            throw map.problem("promisedLimit", "the promised limit must be in the same unit as the statutory limit ("
                    + statutory.unit().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        if (promised.value() > statutory.value()) {
            throw map.problem("promisedLimit", "the promised limit (" + promised.value()
                    + ") is longer than the statutory limit (" + statutory.value() + ")");
        }
        if (statutory.value() == 0) {
            throw map.problem("statutoryLimit", "the statutory limit must be at least 1");
        }
        if (caseType == CaseType.IMMEDIATE && promised.value() != 0) {
            throw map.problem("promisedLimit", "an immediate item (即办件) promises 0 days");
        }
        if (caseType == CaseType.PROMISED && promised.value() == 0) {
            throw map.problem("promisedLimit", "a promised item (承诺件) promises at least 1 day");
        }
    }

    private static List<ProcedureStep> procedure(YamlMap map) {
        List<ProcedureStep> steps = new ArrayList<>();
        for (YamlNode node : map.list("procedure")) {
            YamlMap step = node.map();
            steps.add(new ProcedureStep(step.text("name", 50), step.textOrEmpty("description")));
            step.done();
        }
        if (steps.isEmpty()) {
            throw map.missing("procedure");
        }
        return List.copyOf(steps);
    }

    private List<Material> materials(YamlMap map) {
        Map<String, Material> materials = new LinkedHashMap<>();
        for (YamlNode node : map.list("materials")) {
            YamlMap entry = node.map();
            String code = entry.text("code");
            if (!SYMBOL.matcher(code).matches()) {
                throw entry.problem("code", "material codes are lower-case letters, digits, _ and -");
            }
            int count = entry.optionalInteger("count") == null ? 1 : entry.optionalInteger("count");
            if (count < 1 || count > 20) {
                throw entry.problem("count", "a material count is between 1 and 20");
            }
            String certificateType = null;
            YamlNode reference = entry.optional("certificateType").orElse(null);
            if (reference != null) {
                certificateType = reference.text();
                if (!SYMBOL.matcher(certificateType).matches()) {
                    throw reference.problem("certificate types are lower-case words joined by _");
                }
                certificateTypeReferences.add(reference);
            }
            Material material = new Material(code, entry.text("name", MAX_NAME),
                    YamlMap.parseEnum(entry.required("form"), Material.MaterialForm.class), count,
                    entry.bool("required", true), entry.textOrEmpty("note"), certificateType);
            entry.done();
            if (materials.putIfAbsent(code, material) != null) {
                throw entry.problem("code", "duplicate material code '" + code + "'");
            }
        }
        return List.copyOf(materials.values());
    }

    private static List<Fee> fees(YamlMap map) {
        List<Fee> fees = new ArrayList<>();
        for (YamlNode node : map.list("fees")) {
            YamlMap fee = node.map();
            fees.add(new Fee(fee.text("name"), fee.text("amount"), fee.text("basis")));
            fee.done();
        }
        return List.copyOf(fees);
    }

    private static Set<Audience> audiences(YamlMap map) {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        YamlNode node = map.required("audiences");
        for (YamlNode element : node.isScalar() ? List.of(node) : node.list()) {
            audiences.add(YamlMap.parseEnum(element, Audience.class));
        }
        return Set.copyOf(audiences);
    }

    private List<String> lifeEvents(YamlMap map) {
        List<String> codes = new ArrayList<>();
        for (YamlNode node : map.list("lifeEvents")) {
            directory.requireLifeEvent(node, node.text());
            codes.add(node.text());
        }
        return List.copyOf(codes);
    }

    private static ItemResult result(YamlMap map) {
        String name = map.text("name", MAX_NAME);
        ItemResult.Kind kind = map.enumValue("kind", ItemResult.Kind.class);
        String certificateType = map.optionalText("certificateType");
        if (kind == ItemResult.Kind.CERTIFICATE && certificateType == null) {
            throw map.missing("certificateType");
        }
        if (kind != ItemResult.Kind.CERTIFICATE && certificateType != null) {
            throw map.problem("certificateType", "only a certificate result has a certificate type");
        }
        if (certificateType != null && !SYMBOL.matcher(certificateType).matches()) {
            throw map.problem("certificateType", "certificate types are lower-case words joined by _");
        }
        ItemResult result = new ItemResult(name, kind, certificateType, map.textOrEmpty("sample"));
        map.done();
        return result;
    }

    private static Phones phones(YamlMap map) {
        String consultation = map.text("consultation");
        String complaint = map.text("complaint");
        for (String key : List.of("consultation", "complaint")) {
            if (!PHONE.matcher(key.equals("complaint") ? complaint : consultation).matches()) {
                throw map.problem(key, "a telephone number is digits and dashes, e.g. 0591-12345");
            }
        }
        map.done();
        return new Phones(consultation, complaint);
    }

    private Processing processing(YamlMap map, String item) {
        DepartmentRef accept = directory.departmentRef(map.required("accept"));
        List<DepartmentRef> parallel = new ArrayList<>();
        for (YamlNode node : map.list("parallelReview")) {
            DepartmentRef ref = directory.departmentRef(node);
            if (parallel.contains(ref)) {
                throw node.problem("the same department reviews twice");
            }
            parallel.add(ref);
        }
        String workflow = map.optionalText("workflow");
        if (workflow != null && !SYMBOL.matcher(workflow).matches()) {
            throw map.problem("workflow", "a workflow template name is lower-case words joined by -");
        }
        List<WorkflowNode> nodes = nodes(map);
        if (workflow != null && !nodes.isEmpty()) {
            throw map.problem("nodes", "item " + item + " names the workflow template '" + workflow
                    + "' and declares its own nodes: keep one of the two");
        }
        if (workflow == null && nodes.isEmpty()) {
            throw map.problem("workflow", "item " + item
                    + " has no workflow: name a template (workflow) or declare its own steps (nodes)");
        }
        if (parallel.size() == 1) {
            throw map.problem("parallelReview", "parallel review needs at least two departments");
        }
        map.done();
        return new Processing(accept, parallel, workflow, nodes);
    }

    /**
     * Reads the item's own workflow steps ({@code processing.nodes}); the workflow module checks their
     * kinds, roles, joins and order, the catalogue only their shape and the departments they name.
     */
    private List<WorkflowNode> nodes(YamlMap processing) {
        List<WorkflowNode> nodes = new ArrayList<>();
        for (YamlNode element : processing.list("nodes")) {
            YamlMap node = element.map();
            String keyword = null;
            DepartmentRef department = null;
            YamlNode named = node.optional("department").orElse(null);
            if (named != null && named.isScalar()) {
                keyword = named.text();
            } else if (named != null) {
                department = directory.departmentRef(named);
            }
            List<DepartmentRef> branches = new ArrayList<>();
            for (YamlNode branch : node.list("branches")) {
                branches.add(directory.departmentRef(branch));
            }
            nodes.add(new WorkflowNode(node.text("id"), node.text("kind"), keyword, department, branches,
                    node.optionalText("role"), node.optionalInteger("limitDays"), node.optionalText("join"),
                    node.optionalText("action")));
            node.done();
        }
        return List.copyOf(nodes);
    }
}
