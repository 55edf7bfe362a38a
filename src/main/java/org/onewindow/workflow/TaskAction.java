package org.onewindow.workflow;

import java.util.List;
import java.util.UUID;

/** What an officer does with a task; which actions a step allows depends on its kind. */
public sealed interface TaskAction {

    /** Accept the application (accept step). */
    record Accept(String opinion) implements TaskAction {}

    /** Refuse to accept, with the legal reason (accept step). */
    record RefuseToAccept(String reason) implements TaskAction {}

    /** Ask once for everything missing (accept step, within 5 working days of submission). */
    record RequestCorrection(List<String> missing) implements TaskAction {}

    /** Approve (review, parallel branch or decide step). */
    record Approve(String opinion) implements TaskAction {}

    /** Reject, with reason and legal basis (review, parallel branch or decide step). */
    record Reject(String reason, String legalBasis) implements TaskAction {}

    /** Send the case back to an earlier step, with a reason. */
    record ReturnTo(String nodeId, String reason) implements TaskAction {}

    /** Hand the task to another department, with a reason. */
    record Transfer(UUID departmentId, String reason) implements TaskAction {}

    /** Ask the head of the department to extend the case's limit once, with the reason told to the applicant. */
    record RequestExtension(String reason) implements TaskAction {}

    /** The head of the department (not the officer who asked) grants the pending extension. */
    record ApproveExtension(String opinion) implements TaskAction {}

    /** The head of the department refuses the pending extension, with a reason. */
    record RejectExtension(String reason) implements TaskAction {}

    /** Stop the case's clock for a special procedure (review, parallel branch or decide step). */
    record Suspend(SuspensionKind kind, String reason) implements TaskAction {}

    /** The special procedure is over: the clock runs again (the department that suspended the task). */
    record Resume(String opinion) implements TaskAction {}
}
