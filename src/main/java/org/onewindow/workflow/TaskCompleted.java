package org.onewindow.workflow;

import java.util.UUID;

/** One step of a case was done by a department (outcome: ACCEPTED, APPROVED, REJECTED, RETURNED …). */
public record TaskCompleted(String businessKey, UUID taskId, String nodeId, UUID departmentId, String outcome) {}
