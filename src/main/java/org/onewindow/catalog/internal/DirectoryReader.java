package org.onewindow.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.onewindow.catalog.Audience;
import org.onewindow.catalog.CatalogDepartment;
import org.onewindow.catalog.LifeEvent;
import org.onewindow.identity.DepartmentFunction;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;

/** Reads the departments, life events and search synonyms of a catalogue file. */
final class DirectoryReader {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,47}");

    private DirectoryReader() {}

    static CatalogDepartment department(YamlNode node, Directory directory) {
        YamlMap map = node.map();
        String code = code(map);
        if (directory.departments.containsKey(code)) {
            throw map.problem("code", "duplicate department code '" + code + "'");
        }
        String name = map.text("name", 200);
        String nameEn = map.text("nameEn", 200);
        DepartmentFunction function = map.enumValue("function", DepartmentFunction.class);
        String region = map.text("region");
        if (!DivisionCode.isValid(region)) {
            throw map.problem("region", "not a division code (GB/T 2260)");
        }
        String creditCode = map.text("creditCode");
        if (!CreditCode.isValid(creditCode)) {
            throw map.problem("creditCode", "not a valid unified social credit code (GB 32100)");
        }
        map.done();
        return new CatalogDepartment(code, name, nameEn, function, region, CreditCode.parse(creditCode).value());
    }

    static LifeEvent lifeEvent(YamlNode node, Directory directory) {
        YamlMap map = node.map();
        String code = code(map);
        if (directory.lifeEvents.containsKey(code)) {
            throw map.problem("code", "duplicate life event code '" + code + "'");
        }
        LifeEvent event = new LifeEvent(code, map.text("name", 50), map.text("nameEn", 100),
                map.enumValue("audience", Audience.class), map.textOrEmpty("description"));
        map.done();
        return event;
    }

    static SynonymRule synonym(YamlNode node) {
        YamlMap map = node.map();
        List<String> terms = map.texts("terms");
        List<String> expansions = map.texts("expand");
        if (terms.isEmpty()) {
            throw map.missing("terms");
        }
        if (expansions.isEmpty()) {
            throw map.missing("expand");
        }
        map.done();
        return new SynonymRule(terms, new ArrayList<>(expansions));
    }

    static String code(YamlMap map) {
        String code = map.text("code");
        if (!CODE.matcher(code).matches()) {
            throw map.problem("code", "codes are lower-case letters, digits, dots and dashes (at most 48)");
        }
        return code;
    }
}
