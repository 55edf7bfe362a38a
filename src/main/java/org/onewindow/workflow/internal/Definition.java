package org.onewindow.workflow.internal;

import java.util.List;
import java.util.Optional;
import org.onewindow.identity.DepartmentFunction;
import org.onewindow.identity.Role;
import org.onewindow.workflow.NodeKind;

/**
 * A compiled process definition: the template's steps, or the item's own, with the item's departments
 * filled in. Its content hash identifies it; a running process keeps the definition it started with.
 *
 * @param name the template name, or {@code item:<code>} for an item's own steps
 * @param itemCode the item it was compiled for
 * @param nodes the steps in order
 */
record Definition(String name, String itemCode, List<Node> nodes) {

    /** A department named by code or by function (resolved to the applicant's district at start). */
    record DepartmentRef(String code, DepartmentFunction function) {}

    /**
     * One step.
     *
     * @param id unique within the definition
     * @param kind accept, review, parallel, decide or system
     * @param departments one department, or the branches of a parallel step
     * @param role the role that works it (null for system steps)
     * @param limitDays its time limit in working days (0 for system steps)
     * @param join for parallel steps: ALL (wait for all, stop at the first rejection)
     * @param action for system steps: what the platform does
     */
    record Node(
            String id,
            NodeKind kind,
            List<DepartmentRef> departments,
            Role role,
            int limitDays,
            String join,
            String action) {}

    Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    Optional<Node> after(String id) {
        for (int i = 0; i < nodes.size() - 1; i++) {
            if (nodes.get(i).id().equals(id)) {
                return Optional.of(nodes.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** The steps an officer can work that come before {@code id}, in order (none for an unknown id). */
    List<Node> workableBefore(String id) {
        return nodes.stream().filter(n -> n.kind() != NodeKind.SYSTEM && isBefore(n.id(), id)).toList();
    }

    boolean isBefore(String earlier, String later) {
        int a = -1;
        int b = -1;
        for (int i = 0; i < nodes.size(); i++) {
            a = nodes.get(i).id().equals(earlier) ? i : a;
            b = nodes.get(i).id().equals(later) ? i : b;
        }
        return a >= 0 && b >= 0 && a < b;
    }
}
