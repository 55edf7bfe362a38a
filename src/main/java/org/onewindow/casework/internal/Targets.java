package org.onewindow.casework.internal;

import java.util.List;
import java.util.Optional;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.ServiceItem;

/** What a draft is for, looked up in the catalogue: one online item, or a bundle's merged form. */
final class Targets {

    private Targets() {}

    static Optional<Form> form(Catalog catalog, Drafts.Kind kind, String code) {
        return switch (kind) {
            case ITEM -> catalog.item(code).filter(ServiceItem::online).map(ServiceItem::form);
            case BUNDLE -> catalog.bundle(code).map(bundle -> bundle.form());
        };
    }

    static List<ServiceItem> items(Catalog catalog, Drafts.Kind kind, String code) {
        return switch (kind) {
            case ITEM -> catalog.item(code).stream().toList();
            case BUNDLE -> catalog.bundle(code).orElseThrow().itemCodes().stream()
                    .map(itemCode -> catalog.item(itemCode).orElseThrow())
                    .toList();
        };
    }
}
