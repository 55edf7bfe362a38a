package org.onewindow.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.onewindow.identity.Role;

/**
 * A task as the office desk shows it.
 *
 * @param id the task
 * @param businessKey the case it belongs to (opaque to the engine)
 * @param itemCode the service item
 * @param nodeId the step of the process
 * @param kind what kind of step
 * @param departmentId the department that works it
 * @param role the role that works it
 * @param state open, claimed …
 * @param assigneeId who claimed it, or null
 * @param assigneeName their name, or null
 * @param outcome APPROVED, REJECTED … once completed
 * @param opinion the officer's opinion once completed
 * @param createdAt when it arrived
 * @param dueDate the step's due date (working days)
 * @param version for optimistic concurrency: actions name the version they saw
 * @param overdue whether its limit passed while it was open (cleared when its due date moves)
 * @param dueSoon whether the sweeper found it due soon (the due-soon share of its limit used; cleared
 *     when its due date moves beyond that)
 */
public record TaskView(
        UUID id,
        String businessKey,
        String itemCode,
        String nodeId,
        NodeKind kind,
        UUID departmentId,
        Role role,
        TaskState state,
        UUID assigneeId,
        String assigneeName,
        String outcome,
        String opinion,
        Instant createdAt,
        LocalDate dueDate,
        int version,
        boolean overdue,
        boolean dueSoon) {

    /** A task not (yet) marked due soon: a new one, or one as an action leaves it. */
    public TaskView(UUID id, String businessKey, String itemCode, String nodeId, NodeKind kind, UUID departmentId,
            Role role, TaskState state, UUID assigneeId, String assigneeName, String outcome, String opinion,
            Instant createdAt, LocalDate dueDate, int version, boolean overdue) {
        this(id, businessKey, itemCode, nodeId, kind, departmentId, role, state, assigneeId, assigneeName, outcome,
                opinion, createdAt, dueDate, version, overdue, false);
    }
}
