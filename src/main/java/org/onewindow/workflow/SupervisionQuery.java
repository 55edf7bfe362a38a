package org.onewindow.workflow;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which late tasks a supervisor sees; keyset-paged on (due date, id).
 *
 * @param lateness AT_RISK (overdue or due within one working day) or OVERDUE; either way with the
 *     tasks of cases past their promised limit
 * @param departmentId only this department, or null for all
 * @param afterDue the last row's due date of the previous page, or null
 * @param afterId the last row's id of the previous page, or null
 * @param limit at most this many (1–100)
 */
public record SupervisionQuery(Lateness lateness, UUID departmentId, LocalDate afterDue, UUID afterId, int limit) {

    /** How late. */
    public enum Lateness {
        AT_RISK,
        OVERDUE
    }

    public SupervisionQuery {
        limit = Math.clamp(limit, 1, 100);
        lateness = lateness == null ? Lateness.AT_RISK : lateness;
    }
}
