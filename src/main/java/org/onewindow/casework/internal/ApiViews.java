package org.onewindow.casework.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.casework.internal.CaseRecords.CaseRecord;
import org.onewindow.casework.internal.CaseRecords.TimelineEntry;
import org.onewindow.casework.internal.Drafts.Draft;
import org.onewindow.casework.internal.api.CaseDetail;
import org.onewindow.casework.internal.api.CaseSummary;
import org.onewindow.casework.internal.api.DepartmentView;
import org.onewindow.casework.internal.api.DraftList;
import org.onewindow.casework.internal.api.DraftView;
import org.onewindow.casework.internal.api.SubmissionReceipt;
import org.onewindow.casework.internal.api.TimelineView;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.identity.Departments;
import org.springframework.stereotype.Component;

/** Turns cases and drafts into the applications API's records; rows never leave the module as they are. */
@Component
class ApiViews {

    private final Catalog catalog;
    private final Departments departments;

    ApiViews(Catalog catalog, Departments departments) {
        this.catalog = catalog;
        this.departments = departments;
    }

    CaseSummary summary(CaseRecord c) {
        return new CaseSummary(c.id(), c.receiptNumber(), c.itemCode(), itemName(c.itemCode()),
                snake(c.status().name()), c.status().canBeWithdrawn(), c.businessName(), c.submittedAt(),
                c.updatedAt());
    }

    CaseDetail detail(CaseRecord c, List<CaseRecord> bundle) {
        DepartmentView department = Optional.ofNullable(c.acceptingDepartmentId())
                .flatMap(departments::byId)
                .map(d -> new DepartmentView(d.code(), d.name(), d.nameEn()))
                .orElse(null);
        return new CaseDetail(c.id(), c.receiptNumber(), c.itemCode(), itemName(c.itemCode()), snake(c.status().name()),
                c.status().canBeWithdrawn(), c.submittedAt(), c.updatedAt(), c.draftId(), c.businessCreditCode(),
                c.businessName(), department, c.bundleSubmissionId(),
                bundle.stream().filter(other -> !other.id().equals(c.id())).map(this::summary).toList());
    }

    TimelineView timeline(List<TimelineEntry> entries) {
        return new TimelineView(entries.stream()
                .map(e -> new TimelineView.Entry(e.at(), snake(e.kind()), e.actorName(), e.detail()))
                .toList());
    }

    DraftView draft(Draft d) {
        return new DraftView(d.id(), snake(d.kind().name()), d.code(), targetName(d), d.businessCreditCode(),
                d.version(), d.updatedAt(), d.submittedAt(), d.content().values(), List.copyOf(d.content().locked()),
                (d.kind() == Drafts.Kind.ITEM ? "/api/catalog/items/" : "/api/catalog/bundles/") + d.code());
    }

    DraftList.Entry draftEntry(Draft d) {
        return new DraftList.Entry(d.id(), snake(d.kind().name()), d.code(), targetName(d), d.businessCreditCode(),
                d.updatedAt());
    }

    /** The same body for the first submission and every retry: only what never changes, in item order. */
    SubmissionReceipt receipt(UUID draftId, List<CaseRecord> cases) {
        return new SubmissionReceipt(draftId, cases.stream()
                .sorted(Comparator.comparing(CaseRecord::itemCode))
                .map(c -> new SubmissionReceipt.Receipt(c.id(), c.receiptNumber(), c.itemCode(), itemName(c.itemCode()),
                        c.bundleSubmissionId(), c.submittedAt()))
                .toList());
    }

    private String targetName(Draft d) {
        return d.kind() == Drafts.Kind.ITEM
                ? itemName(d.code())
                : catalog.bundle(d.code()).map(Bundle::name).orElse(d.code());
    }

    private String itemName(String code) {
        return catalog.item(code).map(ServiceItem::name).orElse(code);
    }

    private static String snake(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }
}
