package org.onewindow.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.onewindow.catalog.Choice;
import org.onewindow.catalog.Condition;
import org.onewindow.catalog.DateBound;
import org.onewindow.catalog.FieldLimits;
import org.onewindow.catalog.FieldType;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.FormField;

/** Reads an item's form and checks its fields, limits, materials, prefills and show-if conditions. */
final class FormReader {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,47}");
    private static final Set<FieldType> TEXTS = EnumSet.of(FieldType.TEXT, FieldType.TEXTAREA);
    private static final Set<FieldType> CHOICES = EnumSet.of(FieldType.CHOICE, FieldType.MULTI_CHOICE);
    private static final Set<FieldType> COUNTED =
            EnumSet.of(FieldType.MULTI_CHOICE, FieldType.GROUP, FieldType.ATTACHMENT);

    private final Set<String> materials;

    FormReader(Set<String> materials) {
        this.materials = materials;
    }

    Form read(List<YamlNode> nodes) {
        return new Form(fields(nodes, Map.of(), false));
    }

    private List<FormField> fields(List<YamlNode> nodes, Map<String, FormField> outer, boolean inGroup) {
        Map<String, FormField> earlier = new LinkedHashMap<>();
        List<FormField> fields = new ArrayList<>();
        for (YamlNode node : nodes) {
            FormField field = field(node.map(), earlier, outer, inGroup);
            if (earlier.containsKey(field.name()) || outer.containsKey(field.name())) {
                throw node.map().problem("name", "duplicate field name '" + field.name() + "'");
            }
            earlier.put(field.name(), field);
            fields.add(field);
        }
        return fields;
    }

    private FormField field(YamlMap map, Map<String, FormField> earlier, Map<String, FormField> outer,
            boolean inGroup) {
        String name = map.text("name");
        if (!NAME.matcher(name).matches()) {
            throw map.problem("name", "field names are camelCase letters and digits");
        }
        FieldType type = map.enumValue("type", FieldType.class);
        String label = map.text("label", 200);
        String hint = map.textOrEmpty("hint");
        boolean required = map.bool("required", false);
        FieldLimits limits = limits(map, type);
        List<Choice> choices = choices(map, type);
        Map<String, FormField> visible = new LinkedHashMap<>(outer);
        visible.putAll(earlier);
        Condition showIf = map.optional("showIf").map(node -> condition(node.map(), visible)).orElse(null);
        String prefill = prefill(map, type);
        String material = material(map, type);
        List<FormField> children = List.of();
        if (type == FieldType.GROUP) {
            if (inGroup) {
                throw map.problem("type", "a repeating group cannot contain another group");
            }
            if (map.list("fields").isEmpty()) {
                throw map.missing("fields");
            }
            children = fields(map.list("fields"), visible, true);
        } else if (map.has("fields")) {
            throw map.problem("fields", "only a group has fields");
        }
        map.done();
        return new FormField(name, type, label, hint, required, limits, choices, showIf, prefill, material, children);
    }

    private static FieldLimits limits(YamlMap map, FieldType type) {
        Integer minLength = onlyFor(map, "minLength", type, TEXTS, map.optionalInteger("minLength"));
        Integer maxLength = onlyFor(map, "maxLength", type, EnumSet.of(FieldType.TEXT, FieldType.TEXTAREA,
                FieldType.ADDRESS), map.optionalInteger("maxLength"));
        BigDecimal min = onlyFor(map, "min", type, EnumSet.of(FieldType.NUMBER), map.optionalDecimal("min"));
        BigDecimal max = onlyFor(map, "max", type, EnumSet.of(FieldType.NUMBER), map.optionalDecimal("max"));
        DateBound earliest = onlyFor(map, "earliest", type, EnumSet.of(FieldType.DATE), dateBound(map, "earliest"));
        DateBound latest = onlyFor(map, "latest", type, EnumSet.of(FieldType.DATE), dateBound(map, "latest"));
        String pattern = onlyFor(map, "pattern", type, TEXTS, map.optionalText("pattern"));
        Integer minItems = onlyFor(map, "minItems", type, COUNTED, map.optionalInteger("minItems"));
        Integer maxItems = onlyFor(map, "maxItems", type, COUNTED, map.optionalInteger("maxItems"));
        if (minLength != null && maxLength != null && minLength > maxLength) {
            throw map.problem("minLength", "minLength is greater than maxLength");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw map.problem("min", "min is greater than max");
        }
        if (minItems != null && maxItems != null && minItems > maxItems) {
            throw map.problem("minItems", "minItems is greater than maxItems");
        }
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw map.problem("pattern", "not a regular expression: " + e.getDescription());
            }
        }
        return new FieldLimits(minLength, maxLength, min, max, earliest, latest, pattern, minItems, maxItems);
    }

    private static DateBound dateBound(YamlMap map, String key) {
        return map.optional(key).map(node -> {
            if (!DateBound.valid(node.text())) {
                throw node.problem("expected an ISO date, today, or today±N followed by d, m or y");
            }
            return new DateBound(node.text());
        }).orElse(null);
    }

    private static <T> T onlyFor(YamlMap map, String key, FieldType type, Set<FieldType> types, T value) {
        if (value != null && !types.contains(type)) {
            throw map.problem(key, key + " does not apply to a " + type.code() + " field");
        }
        return value;
    }

    private static List<Choice> choices(YamlMap map, FieldType type) {
        List<YamlNode> nodes = map.list("choices");
        if (!CHOICES.contains(type)) {
            if (!nodes.isEmpty()) {
                throw map.problem("choices", "only choice fields have choices");
            }
            return List.of();
        }
        if (nodes.isEmpty()) {
            throw map.missing("choices");
        }
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (YamlNode node : nodes) {
            Choice choice;
            if (node.isScalar()) {
                choice = new Choice(node.text(), node.text());
            } else {
                YamlMap entry = node.map();
                choice = new Choice(entry.text("value"), entry.text("label"));
                entry.done();
            }
            if (choices.putIfAbsent(choice.value(), choice) != null) {
                throw node.problem("duplicate choice '" + choice.value() + "'");
            }
        }
        return List.copyOf(choices.values());
    }

    private static Condition condition(YamlMap map, Map<String, FormField> visible) {
        String fieldName = map.text("field");
        FormField target = visible.get(fieldName);
        if (target == null) {
            throw map.problem("field", "show-if refers to '" + fieldName
                    + "', which is not an earlier field of this form (or of this group's row)");
        }
        List<Condition.Operator> operators = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (map.has("equals")) {
            operators.add(Condition.Operator.EQUALS);
            values.add(map.text("equals"));
        }
        if (map.has("notEquals")) {
            operators.add(Condition.Operator.NOT_EQUALS);
            values.add(map.text("notEquals"));
        }
        if (map.has("in")) {
            operators.add(Condition.Operator.IN);
            values.addAll(map.texts("in"));
        }
        if (map.bool("filled", false)) {
            operators.add(Condition.Operator.FILLED);
        }
        if (operators.size() != 1) {
            throw map.node().problem("show-if needs exactly one of equals, notEquals, in or filled: true");
        }
        if (CHOICES.contains(target.type())) {
            for (String value : values) {
                if (target.choices().stream().noneMatch(c -> c.value().equals(value))) {
                    throw map.node().problem("'" + value + "' is not a choice of field '" + fieldName + "'");
                }
            }
        }
        map.done();
        return new Condition(fieldName, operators.getFirst(), values);
    }

    private static String prefill(YamlMap map, FieldType type) {
        String prefill = map.optionalText("prefill");
        if (prefill == null) {
            return null;
        }
        if (!PrefillSources.KNOWN.contains(prefill)) {
            throw map.problem("prefill", "unknown registry attribute '" + prefill + "'");
        }
        if (type == FieldType.GROUP || type == FieldType.ATTACHMENT) {
            throw map.problem("prefill", "a " + type.code() + " field cannot be prefilled");
        }
        return prefill;
    }

    private String material(YamlMap map, FieldType type) {
        String material = map.optionalText("material");
        if (type != FieldType.ATTACHMENT) {
            if (material != null) {
                throw map.problem("material", "only an attachment field uploads a material");
            }
            return null;
        }
        if (material == null) {
            throw map.missing("material");
        }
        if (!materials.contains(material)) {
            throw map.problem("material", "unknown material '" + material + "' (not in this item's materials)");
        }
        return material;
    }
}
