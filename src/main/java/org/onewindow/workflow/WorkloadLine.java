package org.onewindow.workflow;

import java.util.UUID;

/**
 * Open tasks held by one staff member of a department, or by nobody (not claimed yet).
 *
 * @param assigneeId the staff member, or null for the unclaimed tasks
 * @param assigneeName their name, or null
 * @param open tasks open or claimed
 * @param overdue of those, past their due date
 * @param suspended tasks waiting for a special procedure
 */
public record WorkloadLine(UUID assigneeId, String assigneeName, int open, int overdue, int suspended) {}
