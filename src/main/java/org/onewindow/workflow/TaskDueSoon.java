package org.onewindow.workflow;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A workable task has used the due-soon share of its limit (80 % by default); published once per
 * task and due date by the {@link TaskSweeper}, in the sweeping transaction that marks it due soon.
 *
 * @param businessKey the case's business key
 * @param taskId the task
 * @param departmentId the department working it
 * @param dueDate its due date
 * @param regionCode where the work is (the task's region), or null in events stored before it was carried
 */
public record TaskDueSoon(String businessKey, UUID taskId, UUID departmentId, LocalDate dueDate, String regionCode) {}
