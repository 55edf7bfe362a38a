package org.onewindow.workflow;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The special procedure is over and the case's clock runs again with the working days that were left.
 *
 * @param businessKey the case
 * @param suspensionId the procedure that ended
 * @param kind what procedure
 * @param promisedBy the case's new due date, or null when the case has no promised limit
 */
public record CaseResumed(String businessKey, UUID suspensionId, SuspensionKind kind, LocalDate promisedBy) {}
