package org.onewindow.workflow;

import java.util.Locale;

/** The engine's stable error codes and the HTTP status each maps to. */
public enum WorkflowError {
    TASK_NOT_FOUND(404),
    TASK_CHANGED(409),
    TASK_NOT_WORKABLE(409),
    /** The task is claimed by another officer: only its assignee works it (or the head releases it). */
    TASK_CLAIMED_BY_OTHER(409),
    /** The task was cancelled because the applicant withdrew the application. */
    CASE_WITHDRAWN(409),
    ACTION_NOT_ALLOWED(422),
    REASON_REQUIRED(422),
    /** A rejection (review or decision) names the law it rests on. */
    LEGAL_BASIS_REQUIRED(422),
    CORRECTION_ALREADY_REQUESTED(422),
    CORRECTION_PERIOD_OVER(422),
    CORRECTION_ITEMS_REQUIRED(422),
    NODE_NOT_EARLIER(422),
    DEPARTMENT_NOT_FOUND(422),
    /** A transfer names the department that already holds the task. */
    TRANSFER_SAME_DEPARTMENT(422),
    /** A parallel branch transferred to a department that has a branch of the same step already. */
    TRANSFER_BRANCH_EXISTS(422),
    PROCESS_NOT_FOUND(404),
    PROCESS_FINISHED(409),
    DEFINITION_INVALID(500),
    EXTENSION_ALREADY_GRANTED(422),
    EXTENSION_PENDING(409),
    EXTENSION_NOT_PENDING(409),
    EXTENSION_OWN_REQUEST(403),
    EXTENSION_NOT_APPLICABLE(422),
    EXTENSION_EXCEEDS_STATUTORY_LIMIT(422),
    DEPARTMENT_HEAD_REQUIRED(403),
    SUSPENSION_ACTIVE(409),
    NOT_SUSPENDED(409),
    SUSPENSION_KIND_REQUIRED(422),
    SUPERVISOR_REQUIRED(403),
    SUPERVISION_NOT_FOUND(404),
    NOTE_REQUIRED(422);

    private final int status;

    WorkflowError(int status) {
        this.status = status;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int status() {
        return status;
    }
}
