package org.onewindow.workflow;

import java.util.List;
import java.util.UUID;
import org.onewindow.identity.OneWindowUser;

/**
 * The officer's side: the inbox and the actions on a task. Every call checks the officer's data
 * scope (department, region, role); a task outside it does not exist for them.
 */
public interface TaskDesk {

    List<TaskView> inbox(OneWindowUser officer, InboxQuery query);

    TaskView task(OneWindowUser officer, UUID taskId);

    TaskView claim(OneWindowUser officer, UUID taskId, int version);

    TaskView release(OneWindowUser officer, UUID taskId, int version);

    /** Does the action on the task as the officer saw it at {@code version}; a stale version changes nothing. */
    TaskView act(OneWindowUser officer, UUID taskId, int version, TaskAction action);

    /** As {@link #act}, and also returns the tasks the action opened (the office API's answer). */
    ActionOutcome perform(OneWindowUser officer, UUID taskId, int version, TaskAction action);

    /** The earlier steps of the task's process, first first, that a return ({@link TaskAction.ReturnTo}) may name. */
    List<StepView> returnTargets(OneWindowUser officer, UUID taskId);

    /** The extension requests of the task's case, oldest first. */
    List<ExtensionView> extensions(OneWindowUser officer, UUID taskId);

    /** The special procedures of the task's case, oldest first. */
    List<SuspensionView> suspensions(OneWindowUser officer, UUID taskId);

    /** The extension requests waiting for the head of the officer's department (empty for others). */
    List<ExtensionView> pendingExtensions(OneWindowUser head);
}
