package org.onewindow.deadline;

import java.time.Instant;
import java.util.UUID;

/**
 * A running time limit is past its due time; published once per limit and due time, in the
 * sweeping transaction, and recorded in the audit log as {@code DEADLINE_PASSED}.
 *
 * @param deadlineId the limit's id
 * @param subjectType the kind of subject, as given at the start
 * @param subjectKey the subject's opaque id
 * @param unit what the limit counts
 * @param dueAt the last instant within the limit
 * @param provisional whether the due time was counted without some year's holiday file
 */
public record DeadlinePassed(
        UUID deadlineId, String subjectType, String subjectKey, LimitUnit unit, Instant dueAt, boolean provisional) {

    public DeadlineSubject subject() {
        return DeadlineSubject.of(subjectType, subjectKey);
    }
}
