package org.onewindow.workflow;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which tasks an officer sees: their own, their department's, or those they may claim; optionally
 * one item, only overdue or due soon; keyset-paged on (due date, id).
 *
 * @param view MINE, DEPARTMENT or CLAIMABLE
 * @param itemCode only this item, or null
 * @param urgency ALL, DUE_SOON or OVERDUE
 * @param afterDue the last row's due date of the previous page, or null
 * @param afterId the last row's id of the previous page, or null
 * @param limit at most this many (1–100)
 */
public record InboxQuery(View view, String itemCode, Urgency urgency, LocalDate afterDue, UUID afterId, int limit) {

    /** Whose tasks. */
    public enum View {
        MINE,
        DEPARTMENT,
        CLAIMABLE,
        /** The department's tasks waiting for a special procedure. */
        SUSPENDED
    }

    /** How urgent. */
    public enum Urgency {
        ALL,
        DUE_SOON,
        OVERDUE
    }

    public InboxQuery {
        limit = Math.clamp(limit, 1, 100);
        view = view == null ? View.DEPARTMENT : view;
        urgency = urgency == null ? Urgency.ALL : urgency;
    }

    public static InboxQuery department() {
        return new InboxQuery(View.DEPARTMENT, null, Urgency.ALL, null, null, 50);
    }
}
