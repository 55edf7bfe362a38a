package org.onewindow.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * A request to extend a case's limit, and what the head of the department decided.
 *
 * @param id the request
 * @param businessKey the case
 * @param taskId the task it was asked on
 * @param departmentId the department whose head decides
 * @param requestedById who asked
 * @param requestedByName their name
 * @param reason why, told to the applicant once granted
 * @param days working days it adds
 * @param state PENDING, APPROVED, REJECTED or LAPSED (the step was done before the head decided)
 * @param decidedByName the head who decided, or null
 * @param opinion the head's opinion, or null
 * @param requestedAt when it was asked
 * @param decidedAt when it was decided, or null
 */
public record ExtensionView(
        UUID id,
        String businessKey,
        UUID taskId,
        UUID departmentId,
        UUID requestedById,
        String requestedByName,
        String reason,
        int days,
        String state,
        String decidedByName,
        String opinion,
        Instant requestedAt,
        Instant decidedAt) {

    public boolean pending() {
        return "PENDING".equals(state);
    }
}
