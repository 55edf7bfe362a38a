package org.onewindow.workflow;

import java.util.List;
import java.util.UUID;
import org.onewindow.identity.OneWindowUser;

/**
 * Supervision (督办): the supervisor's overview of late work across departments and the notices
 * sent to a department; the department's notices and their acknowledgement; a head's view of the
 * department's workload. Every call checks the caller's role and region.
 */
public interface Supervision {

    /** Open tasks of every department in the supervisor's region that are overdue or due soon, oldest due first. */
    List<SupervisedTask> overview(OneWindowUser supervisor, SupervisionQuery query);

    /** Sends a supervision notice about an open task to its department. */
    SupervisionView issue(OneWindowUser supervisor, UUID taskId, String note);

    /** The notices and overdue items of the officer's department not yet acknowledged, newest first. */
    List<SupervisionView> notices(OneWindowUser officer);

    /** The officer's department has seen the item and is acting on it. */
    void acknowledge(OneWindowUser officer, UUID supervisionId);

    /** Open tasks of the head's department per staff member who holds them, and those nobody has claimed. */
    List<WorkloadLine> workload(OneWindowUser head);
}
