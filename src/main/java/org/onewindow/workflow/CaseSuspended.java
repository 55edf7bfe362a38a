package org.onewindow.workflow;

import java.util.UUID;

/**
 * A department stopped the case's clock for a special procedure (hearing, expert review, inspection).
 *
 * @param businessKey the case
 * @param suspensionId the procedure, which {@link CaseResumed} names when it ends
 * @param kind what procedure
 * @param reason why, as the officer gave it
 */
public record CaseSuspended(String businessKey, UUID suspensionId, SuspensionKind kind, String reason) {}
