package org.onewindow.catalog.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.catalog.CatalogDepartment;
import org.onewindow.catalog.DepartmentRef;
import org.onewindow.catalog.LifeEvent;
import org.onewindow.identity.DepartmentFunction;

/** The departments and life events already read, against which items and bundles are checked. */
final class Directory {

    final Map<String, CatalogDepartment> departments = new LinkedHashMap<>();
    final Map<String, LifeEvent> lifeEvents = new LinkedHashMap<>();

    /** Reads {@code amr} or {@code {code: amr}} (a department code), or {@code {function: URBAN_MANAGEMENT}}. */
    DepartmentRef departmentRef(YamlNode node) {
        if (node.isScalar()) {
            return byCode(node);
        }
        YamlMap map = node.map();
        if (map.has("code")) {
            if (map.has("function")) {
                throw map.problem("function", "name a department by code or by function, not both");
            }
            DepartmentRef ref = byCode(map.required("code"));
            map.done();
            return ref;
        }
        DepartmentFunction function = map.enumValue("function", DepartmentFunction.class);
        map.done();
        if (departments.values().stream().noneMatch(d -> d.function() == function)) {
            throw map.problem("function", "no catalogue department has the function " + function);
        }
        return DepartmentRef.ofFunction(function);
    }

    private DepartmentRef byCode(YamlNode node) {
        String code = node.text();
        if (!departments.containsKey(code)) {
            throw node.problem("unknown department code '" + code + "'");
        }
        return DepartmentRef.ofCode(code);
    }

    void requireLifeEvent(YamlNode node, String code) {
        if (!lifeEvents.containsKey(code)) {
            throw node.problem("unknown life event '" + code + "'");
        }
    }
}
