package org.onewindow.hotline.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Region;
import org.springframework.stereotype.Component;

/**
 * The dispatch catalogue as GeoReport v2 service list and service definitions. Every service
 * asks for the district (a built-in {@code district} attribute), since dispatch goes by district.
 */
@Component
class Open311Services {

    static final String DISTRICT = "district";

    private final DispatchCatalogue catalogue;
    private final Departments departments;

    Open311Services(DispatchCatalogue catalogue, Departments departments) {
        this.catalogue = catalogue;
        this.departments = departments;
    }

    List<Map<String, Object>> list() {
        return catalogue.services().stream().map(this::summary).toList();
    }

    Map<String, Object> summary(HotlineService service) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("service_code", service.code());
        map.put("service_name", service.name());
        map.put("description", service.nameEn());
        map.put("metadata", true);
        map.put("type", "realtime");
        map.put("keywords", String.join(",", service.keywords()));
        map.put("group", catalogue.area(service.area()).map(DispatchCatalogue.Area::name).orElse(service.area()));
        return map;
    }

    Map<String, Object> definition(HotlineService service) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        List<Map<String, String>> districts = districts().stream()
                .map(r -> value(r.code().value(), r.name())).toList();
        attributes.add(attribute(DISTRICT, "singlevaluelist", true, "所在区县 District", 1, districts));
        int order = 2;
        for (ServiceAttribute attribute : service.attributes()) {
            List<Map<String, String>> values = attribute.values().entrySet().stream()
                    .map(e -> value(e.getKey(), e.getValue())).toList();
            attributes.add(attribute(attribute.code(), attribute.datatype(), attribute.required(),
                    attribute.description() + " " + attribute.descriptionEn(), order++, values));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("service_code", service.code());
        map.put("attributes", attributes);
        return map;
    }

    List<Region> districts() {
        return ReportController.districts(departments);
    }

    private static Map<String, String> value(String key, String name) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("key", key);
        map.put("name", name);
        return map;
    }

    private static Map<String, Object> attribute(String code, String datatype, boolean required, String description,
            int order, List<Map<String, String>> values) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("variable", true);
        map.put("code", code);
        map.put("datatype", datatype);
        map.put("required", required);
        map.put("datatype_description", null);
        map.put("order", order);
        map.put("description", description);
        if (!values.isEmpty()) {
            map.put("values", values);
        }
        return map;
    }
}
