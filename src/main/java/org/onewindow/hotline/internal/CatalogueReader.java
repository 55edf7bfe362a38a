package org.onewindow.hotline.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.onewindow.deadline.LimitUnit;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.identity.DepartmentFunction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Parses and checks the dispatch catalogue YAML; every problem names where it is. */
final class CatalogueReader {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,49}");
    private static final Pattern ATTRIBUTE_CODE = Pattern.compile("[a-z][a-z0-9_]{0,49}");
    private static final List<String> DATATYPES = List.of("string", "text", "singlevaluelist");

    /** What the file says, checked. */
    record Content(TimeLimit signFor, Map<String, TimeLimit> deadlineClasses,
            Map<String, DispatchCatalogue.Area> areas, Map<String, HotlineService> services) {}

    Content read(InputStream in) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        Map<String, Object> map = map(root, "the file");
        TimeLimit signFor = limit(map.get("signFor"), "signFor");
        Map<String, TimeLimit> classes = new LinkedHashMap<>();
        map(map.get("deadlineClasses"), "deadlineClasses")
                .forEach((name, value) -> classes.put(name, limit(value, "deadlineClasses." + name)));
        Map<String, DispatchCatalogue.Area> areas = new LinkedHashMap<>();
        map(map.get("areas"), "areas").forEach((code, value) -> {
            Map<String, Object> area = map(value, "areas." + code);
            areas.put(code, new DispatchCatalogue.Area(code, text(area, "name", "areas." + code),
                    text(area, "nameEn", "areas." + code)));
        });
        Map<String, HotlineService> services = new LinkedHashMap<>();
        for (Object entry : list(map.get("services"), "services")) {
            HotlineService service = service(map(entry, "services[" + services.size() + "]"), classes, areas);
            if (services.putIfAbsent(service.code(), service) != null) {
                throw problem("services." + service.code(), "code used twice");
            }
        }
        if (services.isEmpty()) {
            throw problem("services", "no service");
        }
        return new Content(signFor, Map.copyOf(classes), areas, services);
    }

    private static HotlineService service(Map<String, Object> map, Map<String, TimeLimit> classes,
            Map<String, DispatchCatalogue.Area> areas) {
        String code = text(map, "code", "services");
        String where = "services." + code;
        if (!CODE.matcher(code).matches()) {
            throw problem(where, "code must be lower case letters, digits and dashes");
        }
        TicketCategory category = constant(TicketCategory.class, text(map, "category", where), where + ".category");
        String area = text(map, "area", where);
        if (!areas.containsKey(area)) {
            throw problem(where + ".area", "unknown area " + area);
        }
        DepartmentFunction function = constant(DepartmentFunction.class, text(map, "function", where),
                where + ".function");
        String deadline = text(map, "deadline", where);
        if (!classes.containsKey(deadline)) {
            throw problem(where + ".deadline", "unknown deadline class " + deadline);
        }
        List<String> keywords = map.get("keywords") == null ? List.of()
                : list(map.get("keywords"), where + ".keywords").stream().map(String::valueOf).toList();
        List<ServiceAttribute> attributes = new ArrayList<>();
        if (map.get("attributes") != null) {
            for (Object value : list(map.get("attributes"), where + ".attributes")) {
                attributes.add(attribute(map(value, where + ".attributes"), where));
            }
        }
        return new HotlineService(code, text(map, "name", where), text(map, "nameEn", where), category, area,
                function, deadline, classes.get(deadline), keywords, List.copyOf(attributes));
    }

    private static ServiceAttribute attribute(Map<String, Object> map, String service) {
        String code = text(map, "code", service + ".attributes");
        String where = service + ".attributes." + code;
        if (!ATTRIBUTE_CODE.matcher(code).matches() || "district".equals(code)) {
            throw problem(where, "attribute code must be lower case letters, digits and _ (district is built in)");
        }
        String datatype = text(map, "datatype", where);
        if (!DATATYPES.contains(datatype)) {
            throw problem(where, "datatype must be one of " + DATATYPES);
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (map.get("values") != null) {
            map(map.get("values"), where + ".values").forEach((key, name) -> values.put(key, String.valueOf(name)));
        }
        if ("singlevaluelist".equals(datatype) == values.isEmpty()) {
            throw problem(where, "a singlevaluelist needs values, and only a list may have them");
        }
        return new ServiceAttribute(code, text(map, "description", where), text(map, "descriptionEn", where),
                datatype, Boolean.TRUE.equals(map.get("required")), values);
    }

    private static TimeLimit limit(Object value, String where) {
        Map<String, Object> map = map(value, where);
        LimitUnit unit = constant(LimitUnit.class, text(map, "unit", where), where + ".unit");
        if (!(map.get("amount") instanceof Integer amount) || amount <= 0) {
            throw problem(where + ".amount", "must be a positive whole number");
        }
        return new TimeLimit(amount, unit);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String where) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw problem(where, "unknown " + type.getSimpleName() + " " + name);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw problem(where, "must be a mapping");
    }

    private static List<?> list(Object value, String where) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw problem(where, "must be a list");
    }

    private static String text(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw problem(where + "." + key, "is required");
        }
        return String.valueOf(value).strip();
    }

    private static IllegalStateException problem(String where, String what) {
        return new IllegalStateException(DispatchCatalogue.FILE + ": " + where + " " + what);
    }
}
