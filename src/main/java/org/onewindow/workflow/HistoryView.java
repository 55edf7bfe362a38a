package org.onewindow.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a case's processing history: who did what, when, with which opinion.
 *
 * @param kind the kind of the step whose task the line is about (a review's approval is told from a decision's by
 *     it); null for the process's own lines (started, ended, system steps) and others without a task
 */
public record HistoryView(
        Instant at, String nodeId, String action, String actorName, UUID departmentId, String opinion, NodeKind kind) {}
