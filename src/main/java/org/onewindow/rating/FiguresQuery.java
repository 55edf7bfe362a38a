package org.onewindow.rating;

import java.util.Objects;
import java.util.UUID;

/**
 * Which ratings to count: one department's, optionally of one item and of one kind of subject.
 *
 * @param departmentId the responsible department (the case's deciding department, the ticket's
 *     handling department)
 * @param itemCode a catalogue item code for cases or a hotline service code for tickets, or
 *     {@code null} for all
 * @param kind cases or tickets, or {@code null} for both
 * @param period when the ratings were given (rectifications: when they were opened)
 */
public record FiguresQuery(UUID departmentId, String itemCode, SubjectKind kind, RatingPeriod period) {

    public FiguresQuery {
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(period, "period");
    }

    /** Every rating of the department in the period, cases and tickets. */
    public static FiguresQuery of(UUID departmentId, RatingPeriod period) {
        return new FiguresQuery(departmentId, null, null, period);
    }

    public FiguresQuery item(String code) {
        return new FiguresQuery(departmentId, code, kind, period);
    }

    public FiguresQuery kind(SubjectKind only) {
        return new FiguresQuery(departmentId, itemCode, only, period);
    }
}
