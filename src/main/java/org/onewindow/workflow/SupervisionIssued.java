package org.onewindow.workflow;

import java.util.UUID;

/**
 * A supervision item reached a department: a limit passed (source OVERDUE) or a supervisor sent a notice (NOTICE).
 *
 * @param supervisionId the item
 * @param businessKey the case
 * @param taskId the task, or null for the case's promised limit
 * @param departmentId the department that must act
 * @param source OVERDUE or NOTICE
 * @param regionCode where the work is (the task's region): whoever's data scope covers it may be told
 * @param note the supervisor's words (NOTICE), or null
 */
public record SupervisionIssued(
        UUID supervisionId, String businessKey, UUID taskId, UUID departmentId, String source, String regionCode,
        String note) {}
