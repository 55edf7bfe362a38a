package org.onewindow.workflow;

import java.util.UUID;

/**
 * One step of a case was done by a department (outcome: ACCEPTED, APPROVED, REJECTED, RETURNED …).
 *
 * @param kind the step's kind: a decision's outcome is also told by {@link CaseDecided}
 * @param firstOfStep whether no other task of the step, as it was entered this time, was completed
 *     before this one: always for a step of one task; for a parallel step, only its first branch to
 *     finish
 */
public record TaskCompleted(String businessKey, UUID taskId, String nodeId, NodeKind kind, UUID departmentId,
        String outcome, boolean firstOfStep) {}
