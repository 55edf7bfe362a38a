package org.onewindow.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervision item for a department.
 *
 * @param id the item
 * @param businessKey the case
 * @param taskId the late task, or null when the case's promised limit passed
 * @param departmentId the department that must act
 * @param source OVERDUE (raised when a limit passed) or NOTICE (sent by a supervisor)
 * @param note the supervisor's words, or null
 * @param dueAt for OVERDUE items, the due time that passed
 * @param issuedByName the supervisor, or the system
 * @param issuedAt when
 * @param acknowledgedByName who in the department acknowledged it, or null
 * @param acknowledgedAt when, or null
 */
public record SupervisionView(
        UUID id,
        String businessKey,
        UUID taskId,
        UUID departmentId,
        String source,
        String note,
        Instant dueAt,
        String issuedByName,
        Instant issuedAt,
        String acknowledgedByName,
        Instant acknowledgedAt) {}
