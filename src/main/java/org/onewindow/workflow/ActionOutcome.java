package org.onewindow.workflow;

import java.util.List;

/**
 * What an action on a task did: the task as it now is, and the tasks the action opened — the
 * next step's (one per department of a parallel step), or the earlier step's a return goes back
 * to; none when the step waits for other branches or the case ended. A department system learns
 * from them where the case went without reading the case again; a task outside its own scope
 * still does not exist for it ({@code task_not_found}).
 *
 * @param task the task acted on
 * @param opened the tasks the action opened, in the step's order of departments
 */
public record ActionOutcome(TaskView task, List<TaskView> opened) {

    public ActionOutcome {
        opened = List.copyOf(opened);
    }
}
