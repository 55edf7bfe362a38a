package org.onewindow.deadline;

import java.time.Instant;
import java.util.UUID;

/**
 * A running time limit has used its due-soon share (80% by default); published once per limit
 * and due time, in the sweeping transaction.
 *
 * @param deadlineId the limit's id
 * @param subjectType the kind of subject, as given at the start
 * @param subjectKey the subject's opaque id
 * @param unit what the limit counts
 * @param dueAt the last instant within the limit
 * @param provisional whether the due time was counted without some year's holiday file
 */
public record DeadlineApproaching(
        UUID deadlineId, String subjectType, String subjectKey, LimitUnit unit, Instant dueAt, boolean provisional) {

    public DeadlineSubject subject() {
        return DeadlineSubject.of(subjectType, subjectKey);
    }
}
