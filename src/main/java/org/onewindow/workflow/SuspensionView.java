package org.onewindow.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * A special procedure during which a case's clock stood still.
 *
 * @param id the procedure
 * @param taskId the task it was started on
 * @param departmentId the department that started it (and resumes it)
 * @param kind hearing, expert review or inspection
 * @param reason why
 * @param suspendedByName who started it
 * @param suspendedAt when
 * @param resumedByName who resumed the case, or null while it lasts
 * @param resumedAt when, or null while it lasts
 */
public record SuspensionView(
        UUID id,
        UUID taskId,
        UUID departmentId,
        SuspensionKind kind,
        String reason,
        String suspendedByName,
        Instant suspendedAt,
        String resumedByName,
        Instant resumedAt) {

    public boolean active() {
        return resumedAt == null;
    }
}
