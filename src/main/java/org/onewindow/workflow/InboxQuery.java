package org.onewindow.workflow;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Which tasks an officer sees: their own, their department's, or those they may claim; optionally
 * one item, only overdue or due soon, one state, or only the tasks of some cases; keyset-paged on
 * (due date, id).
 *
 * @param view MINE, DEPARTMENT, CLAIMABLE or SUSPENDED
 * @param itemCode only this item, or null
 * @param urgency ALL, DUE_SOON or OVERDUE
 * @param afterDue the last row's due date of the previous page, or null
 * @param afterId the last row's id of the previous page, or null
 * @param limit at most this many (1–100)
 * @param state only tasks in this state, or null for the view's own (open and claimed; suspended
 *     for the SUSPENDED view); it narrows the view, so CLAIMABLE has only OPEN and SUSPENDED only
 *     SUSPENDED
 * @param businessKeys only tasks of these processes (the owner of the business key, e.g. casework,
 *     resolves what the officer searched for into keys), or null for any; empty matches nothing
 */
public record InboxQuery(
        View view,
        String itemCode,
        Urgency urgency,
        LocalDate afterDue,
        UUID afterId,
        int limit,
        State state,
        Set<String> businessKeys) {

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

    /** The states an inbox can be narrowed to: those of unfinished tasks. */
    public enum State {
        OPEN,
        CLAIMED,
        WAITING_CORRECTION,
        SUSPENDED;

        public TaskState taskState() {
            return TaskState.valueOf(name());
        }
    }

    public InboxQuery {
        limit = Math.clamp(limit, 1, 100);
        view = view == null ? View.DEPARTMENT : view;
        urgency = urgency == null ? Urgency.ALL : urgency;
        businessKeys = businessKeys == null ? null : Set.copyOf(businessKeys);
    }

    public InboxQuery(View view, String itemCode, Urgency urgency, LocalDate afterDue, UUID afterId, int limit) {
        this(view, itemCode, urgency, afterDue, afterId, limit, null, null);
    }

    public static InboxQuery department() {
        return new InboxQuery(View.DEPARTMENT, null, Urgency.ALL, null, null, 50);
    }

    /** Whether the view can hold tasks in the state asked for at all. */
    public boolean viewAllowsState() {
        return state == null || switch (view) {
            case CLAIMABLE -> state == State.OPEN;
            case SUSPENDED -> state == State.SUSPENDED;
            case MINE, DEPARTMENT -> true;
        };
    }
}
