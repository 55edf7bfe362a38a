package org.onewindow.catalog.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onewindow.catalog.Audience;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.CatalogDepartment;
import org.onewindow.catalog.LifeEvent;
import org.onewindow.catalog.SearchHit;
import org.onewindow.catalog.ServiceItem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public service guide (办事指南): search, browse by audience, life event and department, guides. */
@Controller
class ServicesController {

    static final int PAGE_HITS = 20;

    private final Catalog catalog;
    private final DepartmentNames names;

    ServicesController(Catalog catalog, DepartmentNames names) {
        this.catalog = catalog;
        this.names = names;
    }

    @GetMapping("/services")
    String index(Model model) {
        model.addAttribute("citizenEvents", events(Audience.CITIZEN));
        model.addAttribute("businessEvents", events(Audience.BUSINESS));
        model.addAttribute("bundles", catalog.bundles());
        model.addAttribute("departments", catalog.departments().stream()
                .filter(d -> !catalog.itemsOfDepartment(d.code()).isEmpty()).toList());
        model.addAttribute("q", "");
        return "catalog/index";
    }

    @GetMapping("/services/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String audience,
            Model model) {
        Optional<Audience> forWhom = audience(audience);
        model.addAttribute("q", q);
        model.addAttribute("audience", forWhom.orElse(null));
        if (q.isBlank()) {
            model.addAttribute("items", forWhom.map(catalog::items).orElse(List.of()));
            return "catalog/search";
        }
        List<SearchHit> hits = catalog.search(q, PAGE_HITS).stream()
                .filter(hit -> forWhom.map(a -> isFor(hit, a)).orElse(true))
                .toList();
        model.addAttribute("hits", hits);
        return "catalog/search";
    }

    @GetMapping("/services/items/{code}")
    String item(@PathVariable String code, Model model) {
        ServiceItem item = catalog.item(code).orElseThrow(ServicesController::notFound);
        model.addAttribute("item", item);
        model.addAttribute("names", names);
        model.addAttribute("bundles", catalog.bundlesContaining(code));
        java.util.Map<String, String> certificateNames = new java.util.HashMap<>();
        item.materials().stream().filter(m -> m.satisfiedByCertificate()).forEach(m -> certificateNames.put(
                m.certificateType(), catalog.certificateName(m.certificateType()).orElse(m.certificateType())));
        model.addAttribute("certificateNames", certificateNames);
        model.addAttribute("events", item.lifeEvents().stream().map(catalog::lifeEvent).flatMap(Optional::stream)
                .toList());
        return "catalog/item";
    }

    @GetMapping("/services/events/{code}")
    String event(@PathVariable String code, Model model) {
        LifeEvent event = catalog.lifeEvent(code).orElseThrow(ServicesController::notFound);
        model.addAttribute("event", event);
        model.addAttribute("items", catalog.itemsOfEvent(code));
        model.addAttribute("bundles", catalog.bundles().stream().filter(b -> b.lifeEvents().contains(code)).toList());
        model.addAttribute("names", names);
        return "catalog/event";
    }

    @GetMapping("/services/bundles/{code}")
    String bundle(@PathVariable String code, Model model) {
        Bundle bundle = catalog.bundle(code).orElseThrow(ServicesController::notFound);
        model.addAttribute("bundle", bundle);
        model.addAttribute("items", bundle.itemCodes().stream().map(catalog::item).flatMap(Optional::stream).toList());
        model.addAttribute("names", names);
        return "catalog/bundle";
    }

    @GetMapping("/services/departments/{code}")
    String department(@PathVariable String code, Model model) {
        CatalogDepartment department = catalog.department(code).orElseThrow(ServicesController::notFound);
        model.addAttribute("department", department);
        model.addAttribute("items", catalog.itemsOfDepartment(code));
        model.addAttribute("names", names);
        return "catalog/department";
    }

    private List<LifeEvent> events(Audience audience) {
        return catalog.lifeEvents().stream().filter(e -> e.audience() == audience).toList();
    }

    private boolean isFor(SearchHit hit, Audience audience) {
        return SearchHit.ITEM.equals(hit.kind())
                ? catalog.item(hit.code()).map(i -> i.isFor(audience)).orElse(false)
                : catalog.bundle(hit.code()).map(b -> b.audience() == audience).orElse(false);
    }

    static Optional<Audience> audience(String code) {
        for (Audience audience : Audience.values()) {
            if (audience.code().equals(code.toLowerCase(Locale.ROOT))) {
                return Optional.of(audience);
            }
        }
        return Optional.empty();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "not_found");
    }
}
