package org.onewindow.workflow;

import java.util.List;

/**
 * A process just started, and the tasks of its first step.
 *
 * @param process the process
 * @param opened the first step's tasks (the acceptance, for an item whose process starts with it)
 */
public record StartedProcess(ProcessView process, List<TaskView> opened) {

    public StartedProcess {
        opened = List.copyOf(opened);
    }
}
