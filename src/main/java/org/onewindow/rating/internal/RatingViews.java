package org.onewindow.rating.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.deadline.Deadline;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.rating.SubjectKind;
import org.springframework.stereotype.Component;

/**
 * What the rating pages show: a rating with the names of its item and department, and its
 * rectification with the due date as the deadline module has it now.
 */
@Component
class RatingViews {

    /**
     * A rating as a page shows it.
     *
     * @param itemName the catalogue item's name for a case, {@code null} for a ticket
     * @param departmentName the responsible department's name
     * @param rectification its rectification, or {@code null}
     */
    record RatingView(Rating rating, String itemName, String departmentName, RectificationView rectification) {}

    /**
     * A rectification as a page shows it.
     *
     * @param dueDate the due date as the deadline module counts it now
     * @param provisional whether that date was counted without some year's holiday file
     * @param overdue open and past its due time now
     */
    record RectificationView(Rectification rectification, LocalDate dueDate, boolean provisional, boolean overdue) {}

    /** A line of a rectification list: the rectification and its rating. */
    record Row(RectificationView item, RatingView rating) {}

    private final Catalog catalog;
    private final Departments departments;
    private final RatingRecords ratings;
    private final RectificationRecords rectifications;
    private final RectificationClock rectificationClock;
    private final java.time.Clock clock;

    RatingViews(Catalog catalog, Departments departments, RatingRecords ratings, RectificationRecords rectifications,
            RectificationClock rectificationClock, java.time.Clock clock) {
        this.catalog = catalog;
        this.departments = departments;
        this.ratings = ratings;
        this.rectifications = rectifications;
        this.rectificationClock = rectificationClock;
        this.clock = clock;
    }

    RatingView of(Rating rating) {
        RectificationView rectification = rectifications.ofRating(rating.id())
                .map(r -> views(List.of(r)).getFirst())
                .orElse(null);
        return new RatingView(rating, itemName(rating), departmentName(rating.departmentId()), rectification);
    }

    List<RatingView> of(List<Rating> page) {
        return page.stream().map(this::of).toList();
    }

    /** Rows for a page of rectifications, with their ratings. */
    List<Row> rows(List<Rectification> page) {
        Map<UUID, Rating> byId = ratings.byIds(page.stream().map(Rectification::ratingId)
                        .collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Rating::id, Function.identity()));
        List<RectificationView> views = views(page);
        return views.stream()
                .map(v -> {
                    Rating rating = byId.get(v.rectification().ratingId());
                    return new Row(v, new RatingView(rating, itemName(rating), departmentName(rating.departmentId()),
                            v));
                })
                .toList();
    }

    Row row(Rectification rectification) {
        return rows(List.of(rectification)).getFirst();
    }

    /**
     * Views with the due dates as the deadline module has them now; a copy that drifted (the
     * holiday file of a later year arrived) is brought back in step.
     */
    private List<RectificationView> views(Collection<Rectification> page) {
        Map<UUID, Deadline> limits = rectificationClock.of(List.copyOf(page));
        return page.stream().map(r -> {
            Deadline limit = limits.get(r.id());
            if (limit == null) {
                return new RectificationView(r, r.dueDate(), false, r.overdueAt(clock.instant()));
            }
            if (limit.dueAt() != null && !Objects.equals(limit.dueAt(), r.dueAt())) {
                rectifications.refreshDue(r.id(), limit.dueDate(), limit.dueAt());
            }
            boolean overdue = r.state() == RectificationState.OPEN && (r.overdue() || limit.overdue());
            return new RectificationView(r, Optional.ofNullable(limit.dueDate()).orElse(r.dueDate()),
                    limit.provisional(), overdue);
        }).toList();
    }

    String itemName(Rating rating) {
        return rating.kind() == SubjectKind.CASE ? itemName(rating.itemCode()) : null;
    }

    /** The catalogue item's name, or its code if the catalogue no longer has it. */
    String itemName(String itemCode) {
        return catalog.item(itemCode).map(ServiceItem::name).orElse(itemCode);
    }

    String departmentName(UUID id) {
        return departments.byId(id).map(Department::name).orElse("");
    }

    /** Every department's name, for filters. */
    List<Department> departments() {
        return departments.all();
    }
}
