package org.onewindow.rating.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The rectification (整改) of one poor rating.
 *
 * @param dueDate the copy of the deadline's due date (China time), for sorting and filters
 * @param dueAt the copy of the deadline's last instant
 * @param overdue set when the deadline module announced that the limit passed
 * @param finding what the department found when it verified the complaint (核实情况)
 * @param actionTaken what it did about it (整改措施)
 * @param reply what it answers the rater (反馈)
 * @param repliedOnTime whether the reply came by the due date
 * @param raterSatisfied the rater's answer to the reply, or {@code null} while unanswered
 */
record Rectification(
        UUID id,
        UUID ratingId,
        UUID departmentId,
        RectificationState state,
        Instant openedAt,
        LocalDate dueDate,
        Instant dueAt,
        boolean overdue,
        String finding,
        String actionTaken,
        String reply,
        UUID repliedBy,
        String repliedByName,
        Instant repliedAt,
        Boolean repliedOnTime,
        Boolean raterSatisfied,
        Instant feedbackAt) {

    /** Open and past its due time: marked by the deadline module, or past the copied due time. */
    boolean overdueAt(Instant now) {
        return state == RectificationState.OPEN && (overdue || (dueAt != null && dueAt.isBefore(now)));
    }

    /** The rater may answer once, after the reply. */
    public boolean awaitsFeedback() {
        return state == RectificationState.REPLIED && raterSatisfied == null;
    }
}
