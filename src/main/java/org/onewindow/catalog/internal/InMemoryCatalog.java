package org.onewindow.catalog.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onewindow.catalog.Audience;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.CatalogDepartment;
import org.onewindow.catalog.DepartmentRef;
import org.onewindow.catalog.LifeEvent;
import org.onewindow.catalog.SearchHit;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.shared.DivisionCode;

/** The catalogue held in memory after start-up: immutable, so every request reads it without locks. */
final class InMemoryCatalog implements Catalog {

    private final CatalogData data;
    private final Departments directory;
    private final Map<String, ServiceItem> items;
    private final Map<String, LifeEvent> lifeEvents;
    private final Map<String, Bundle> bundles;
    private final Map<String, CatalogDepartment> departments;
    private final SearchIndex index;

    InMemoryCatalog(CatalogData data, Departments directory) {
        this.data = data;
        this.directory = directory;
        this.items = byCode(data.items(), ServiceItem::code);
        this.lifeEvents = byCode(data.lifeEvents(), LifeEvent::code);
        this.bundles = byCode(data.bundles(), Bundle::code);
        this.departments = byCode(data.departments(), CatalogDepartment::code);
        this.index = new SearchIndex(data, this::departmentName);
    }

    @Override
    public String edition() {
        return data.edition();
    }

    @Override
    public List<ServiceItem> items() {
        return data.items();
    }

    @Override
    public Optional<ServiceItem> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    @Override
    public List<ServiceItem> items(Audience audience) {
        return data.items().stream().filter(i -> i.isFor(audience)).toList();
    }

    @Override
    public List<ServiceItem> itemsOfEvent(String lifeEventCode) {
        Set<String> codes = new LinkedHashSet<>();
        data.items().stream().filter(i -> i.lifeEvents().contains(lifeEventCode)).forEach(i -> codes.add(i.code()));
        data.bundles().stream().filter(b -> b.lifeEvents().contains(lifeEventCode))
                .forEach(b -> codes.addAll(b.itemCodes()));
        return data.items().stream().filter(i -> codes.contains(i.code())).toList();
    }

    @Override
    public List<ServiceItem> itemsOfDepartment(String departmentCode) {
        CatalogDepartment department = departments.get(departmentCode);
        if (department == null) {
            return List.of();
        }
        return data.items().stream().filter(i -> stands(i.department(), department)).toList();
    }

    @Override
    public List<LifeEvent> lifeEvents() {
        return data.lifeEvents();
    }

    @Override
    public Optional<LifeEvent> lifeEvent(String code) {
        return Optional.ofNullable(lifeEvents.get(code));
    }

    @Override
    public List<Bundle> bundles() {
        return data.bundles();
    }

    @Override
    public Optional<Bundle> bundle(String code) {
        return Optional.ofNullable(bundles.get(code));
    }

    @Override
    public List<Bundle> bundlesContaining(String itemCode) {
        return data.bundles().stream().filter(b -> b.itemCodes().contains(itemCode)).toList();
    }

    @Override
    public List<CatalogDepartment> departments() {
        return data.departments();
    }

    @Override
    public Optional<CatalogDepartment> department(String code) {
        return Optional.ofNullable(departments.get(code));
    }

    @Override
    public List<CatalogDepartment> departments(DepartmentRef ref) {
        return data.departments().stream().filter(d -> stands(ref, d)).toList();
    }

    @Override
    public Optional<Department> resolve(DepartmentRef ref, DivisionCode place) {
        return ref.byFunction() ? directory.responsibleFor(ref.function(), place) : directory.byCode(ref.code());
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return index.search(query, Math.min(limit, 100));
    }

    private String departmentName(ServiceItem item) {
        return departments(item.department()).stream().map(CatalogDepartment::name).collect(Collectors.joining("、"));
    }

    private static boolean stands(DepartmentRef ref, CatalogDepartment department) {
        return ref.byFunction() ? ref.function() == department.function() : ref.code().equals(department.code());
    }

    private static <T> Map<String, T> byCode(List<T> values, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(code.apply(v), v));
        return Map.copyOf(map);
    }
}
