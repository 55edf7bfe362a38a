package org.onewindow.workflow;

import java.util.UUID;

/**
 * One step of a case was done by a department (outcome: ACCEPTED, APPROVED, REJECTED, RETURNED …).
 *
 * @param kind the step's kind: a decision's outcome is also told by {@link CaseDecided}
 */
public record TaskCompleted(String businessKey, UUID taskId, String nodeId, NodeKind kind, UUID departmentId,
        String outcome) {}
