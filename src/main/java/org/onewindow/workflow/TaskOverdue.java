package org.onewindow.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A workable task is past its due date; published once per task and due date by the
 * {@link TaskSweeper}, in the sweeping transaction, and recorded in the audit log as
 * {@code DEADLINE_PASSED}. Its department gets a supervision item for it.
 *
 * @param businessKey the case's business key
 * @param taskId the task
 * @param departmentId the department working it
 * @param dueDate its due date
 * @param dueAt the last instant of the due date in China
 */
public record TaskOverdue(String businessKey, UUID taskId, UUID departmentId, LocalDate dueDate, Instant dueAt) {}
