package org.onewindow.catalog;

import java.util.List;
import java.util.Optional;
import org.onewindow.identity.Department;
import org.onewindow.shared.DivisionCode;

/** Reads the service catalogue: items, life events, bundles, departments, and searches it. */
public interface Catalog {

    /** The catalogue's edition, e.g. {@code 2026.1}, from {@code catalog/catalog.yml}. */
    String edition();

    /** Every item, in catalogue order. */
    List<ServiceItem> items();

    Optional<ServiceItem> item(String code);

    List<ServiceItem> items(Audience audience);

    /** The items linked to a life event, including those of its bundles. */
    List<ServiceItem> itemsOfEvent(String lifeEventCode);

    /** The items a catalogue department implements or may implement (by function). */
    List<ServiceItem> itemsOfDepartment(String departmentCode);

    List<LifeEvent> lifeEvents();

    Optional<LifeEvent> lifeEvent(String code);

    List<Bundle> bundles();

    Optional<Bundle> bundle(String code);

    /** The bundles that contain an item. */
    List<Bundle> bundlesContaining(String itemCode);

    List<CatalogDepartment> departments();

    Optional<CatalogDepartment> department(String code);

    /** The catalogue departments a reference may stand for: one for a code, all with the function otherwise. */
    List<CatalogDepartment> departments(DepartmentRef ref);

    /**
     * The department that handles a reference for an applicant at a place: the named one, or the one
     * with the function nearest to the place (a district bureau where the district has one).
     */
    Optional<Department> resolve(DepartmentRef ref, DivisionCode place);

    /** Full-text search over items and bundles, best first; a blank query finds nothing. */
    List<SearchHit> search(String query, int limit);

    /**
     * The name of a certificate type, from the first item (in catalogue order) whose result is a
     * certificate of that type: {@code business_licence} → 营业执照; empty for a type no item yields.
     */
    default Optional<String> certificateName(String certificateType) {
        return items().stream()
                .map(ServiceItem::result)
                .filter(r -> r != null && certificateType != null && certificateType.equals(r.certificateType()))
                .map(ItemResult::name)
                .findFirst();
    }
}
