package org.onewindow.catalog.internal.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.catalog.Audience;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.LifeEvent;
import org.onewindow.catalog.SearchHit;
import org.onewindow.catalog.ServiceItem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public JSON API of the catalogue. Errors are stable codes: {@code item_not_found},
 * {@code bundle_not_found}, {@code query_required}, {@code audience_unknown}, {@code page_invalid}.
 */
@RestController
@RequestMapping(path = "/api/catalog", produces = "application/json")
class CatalogApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final Catalog catalog;

    CatalogApiController(Catalog catalog) {
        this.catalog = catalog;
    }

    /** One page of item summaries, optionally for one audience, life event or department. */
    @GetMapping("/items")
    ResponseEntity<?> items(
            @RequestParam(defaultValue = "") String audience,
            @RequestParam(defaultValue = "") String event,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return error(HttpStatus.BAD_REQUEST, "page_invalid");
        }
        List<ServiceItem> items = catalog.items();
        if (!audience.isEmpty()) {
            Optional<Audience> forWhom = ServicesController.audience(audience);
            if (forWhom.isEmpty()) {
                return error(HttpStatus.BAD_REQUEST, "audience_unknown");
            }
            items = items.stream().filter(i -> i.isFor(forWhom.get())).toList();
        }
        if (!event.isEmpty()) {
            List<String> codes = catalog.itemsOfEvent(event).stream().map(ServiceItem::code).toList();
            items = items.stream().filter(i -> codes.contains(i.code())).toList();
        }
        if (!department.isEmpty()) {
            List<String> codes = catalog.itemsOfDepartment(department).stream().map(ServiceItem::code).toList();
            items = items.stream().filter(i -> codes.contains(i.code())).toList();
        }
        int from = (int) Math.min((long) page * size, items.size());
        List<ItemSummary> content = items.subList(from, Math.min(from + size, items.size())).stream()
                .map(ItemSummary::of).toList();
        return ResponseEntity.ok(new ItemPage(content, page, size, items.size(), catalog.edition()));
    }

    @GetMapping("/items/{code}")
    ResponseEntity<?> item(@PathVariable String code) {
        return catalog.item(code).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "item_not_found"));
    }

    @GetMapping("/search")
    ResponseEntity<?> search(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "20") int limit) {
        if (q.isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "query_required");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            return error(HttpStatus.BAD_REQUEST, "page_invalid");
        }
        return ResponseEntity.ok(new SearchResults(q, catalog.search(q, limit)));
    }

    @GetMapping("/events")
    List<LifeEvent> events() {
        return catalog.lifeEvents();
    }

    @GetMapping("/bundles")
    List<BundleSummary> bundles() {
        return catalog.bundles().stream().map(BundleSummary::of).toList();
    }

    @GetMapping("/bundles/{code}")
    ResponseEntity<?> bundle(@PathVariable String code) {
        return catalog.bundle(code).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "bundle_not_found"));
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String code) {
        return ResponseEntity.status(status).body(Map.of("error", code));
    }

    /** A page of item summaries. */
    record ItemPage(List<ItemSummary> items, int page, int size, int total, String edition) {}

    /** An item as a list shows it. */
    record ItemSummary(String code, String name, String nameEn, String type, List<String> audiences,
            String department, boolean online, int maxVisits, int promisedLimit, String limitUnit) {

        static ItemSummary of(ServiceItem item) {
            return new ItemSummary(item.code(), item.name(), item.nameEn(), item.type().code(),
                    item.audiences().stream().map(Audience::code).sorted().toList(),
                    item.department().byFunction() ? item.department().function().name() : item.department().code(),
                    item.online(), item.maxVisits(), item.promisedLimit().value(),
                    item.promisedLimit().unit().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A bundle as a list shows it. */
    record BundleSummary(String code, String name, String nameEn, String audience, List<String> itemCodes) {

        static BundleSummary of(Bundle bundle) {
            return new BundleSummary(bundle.code(), bundle.name(), bundle.nameEn(), bundle.audience().code(),
                    bundle.itemCodes());
        }
    }

    /** Search results. */
    record SearchResults(String query, List<SearchHit> hits) {}
}
