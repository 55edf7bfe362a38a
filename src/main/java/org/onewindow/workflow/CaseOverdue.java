package org.onewindow.workflow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A running case is past the date it was promised by; published once per case and due date by the
 * {@link TaskSweeper}, in the sweeping transaction, and recorded in the audit log as
 * {@code DEADLINE_PASSED} (object {@code case.promised}). The accepting department gets a supervision
 * item for it.
 *
 * @param businessKey the case's business key
 * @param dueDate the date it was promised by
 * @param dueAt the last instant of that date in China
 */
public record CaseOverdue(String businessKey, LocalDate dueDate, Instant dueAt) {}
