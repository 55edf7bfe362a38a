package org.onewindow.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.catalog.Audience;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.ServiceItem;

/** Reads a "一件事" bundle, checks its items and life events, and merges its items' forms. */
final class BundleReader {

    private final Directory directory;
    private final Map<String, ServiceItem> items;

    BundleReader(Directory directory, Map<String, ServiceItem> items) {
        this.directory = directory;
        this.items = items;
    }

    Bundle read(YamlMap map) {
        String code = DirectoryReader.code(map);
        String name = map.text("name", 200);
        String nameEn = map.textOrEmpty("nameEn");
        String description = map.textOrEmpty("description");
        Audience audience = map.enumValue("audience", Audience.class);
        List<String> lifeEvents = new ArrayList<>();
        for (YamlNode node : map.list("lifeEvents")) {
            directory.requireLifeEvent(node, node.text());
            lifeEvents.add(node.text());
        }
        List<ServiceItem> members = new ArrayList<>();
        for (YamlNode node : map.list("items")) {
            ServiceItem item = items.get(node.text());
            if (item == null) {
                throw node.problem("unknown item '" + node.text() + "'");
            }
            if (members.contains(item)) {
                throw node.problem("item '" + node.text() + "' is in the bundle twice");
            }
            if (!item.isFor(audience)) {
                throw node.problem("item '" + node.text() + "' is not for the bundle's audience " + audience.code());
            }
            members.add(item);
        }
        if (members.size() < 2) {
            throw map.problem("items", "a bundle combines at least two items");
        }
        List<String> synonyms = map.texts("synonyms");
        List<String> omitted = map.texts("omitFields");
        FormMerger.Merged merged;
        try {
            merged = FormMerger.merge(members, omitted);
        } catch (FormMerger.Conflict conflict) {
            throw map.problem(map.has("omitFields") && conflict.getMessage().startsWith("omitted") ? "omitFields" : "items",
                    conflict.getMessage());
        }
        map.done();
        return new Bundle(code, name, nameEn, description, audience, List.copyOf(lifeEvents),
                members.stream().map(ServiceItem::code).toList(), merged.form(), merged.fieldsByItem(), omitted, synonyms);
    }
}
