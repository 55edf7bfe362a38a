package org.onewindow.rating;

import java.util.Map;
import java.util.UUID;

/**
 * Read-only figures of 好差评 for performance pages and public disclosure: counts per level, the
 * satisfaction share (4–5), poor ratings and how their rectifications went. Answers from the
 * rating module's own tables (department and item are stored on each rating), with indexes on
 * department, item and time.
 */
public interface RatingFigures {

    /** The figures of one department, optionally narrowed to an item and a kind of subject. */
    SatisfactionFigures of(FiguresQuery query);

    /**
     * The figures of every department with a rating or a rectification in the period, keyed by
     * department id; departments without any are absent.
     *
     * @param kind cases or tickets, or {@code null} for both
     */
    Map<UUID, SatisfactionFigures> perDepartment(SubjectKind kind, RatingPeriod period);

    /**
     * The figures of one department per item (catalogue item or hotline service code) with a
     * rating or a rectification in the period, keyed by item code; items without any are absent.
     *
     * @param kind cases or tickets, or {@code null} for both
     */
    Map<String, SatisfactionFigures> perItem(UUID departmentId, SubjectKind kind, RatingPeriod period);
}
