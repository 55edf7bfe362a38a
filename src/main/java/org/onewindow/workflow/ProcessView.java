package org.onewindow.workflow;

import java.time.Instant;

/**
 * A process instance as other modules see it.
 *
 * @param businessKey the case
 * @param itemCode the service item
 * @param definitionHash the content hash of the definition it runs (fixed for its lifetime)
 * @param state RUNNING, WAITING_CORRECTION, COMPLETED or TERMINATED
 * @param currentNode the step it is at
 * @param outcome APPROVED, REJECTED, NOT_ACCEPTED, WITHDRAWN once finished
 * @param startedAt when it started
 */
public record ProcessView(
        String businessKey,
        String itemCode,
        String definitionHash,
        String state,
        String currentNode,
        String outcome,
        Instant startedAt) {}
