package org.onewindow.workflow;

import java.time.Instant;
import java.util.UUID;

/** One line of a case's processing history: who did what, when, with which opinion. */
public record HistoryView(
        Instant at, String nodeId, String action, String actorName, UUID departmentId, String opinion) {}
