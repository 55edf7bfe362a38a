package org.onewindow.notification.internal;

import java.util.Optional;
import java.util.UUID;
import org.onewindow.casework.CaseSummary;
import org.onewindow.casework.Cases;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.ServiceItem;
import org.springframework.stereotype.Component;

/** A case as office staff know it in a message: item name and receipt number. */
@Component
class CaseDescriptions {

    private final Cases cases;
    private final Catalog catalog;

    CaseDescriptions(Cases cases, Catalog catalog) {
        this.cases = cases;
        this.catalog = catalog;
    }

    String describe(String businessKey) {
        Optional<CaseSummary> summary;
        try {
            summary = cases.summary(UUID.fromString(businessKey));
        } catch (IllegalArgumentException e) {
            summary = Optional.empty();
        }
        return summary.map(c -> catalog.item(c.itemCode()).map(ServiceItem::name).orElse(c.itemCode())
                        + "（回执编号 " + c.receiptNumber() + "）")
                .orElse("办件 " + businessKey);
    }
}
