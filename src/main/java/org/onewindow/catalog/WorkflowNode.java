package org.onewindow.catalog;

import java.util.List;

/**
 * One step of a workflow an item declares itself ({@code processing.nodes}), as the catalogue read it:
 * plain values that the workflow module validates and compiles like the steps of a shared template.
 *
 * <p>A step names its department in one of three ways: by a keyword ({@code accept}, the item's
 * accepting department; {@code parallelReview}, the item's parallel departments), by a reference
 * ({@code {code: tax}} or {@code {function: TAX}}, resolved to the applicant's district), or, for a
 * parallel step, by listing its {@code branches}.
 *
 * @param id the step's id, unique within the workflow
 * @param kind {@code accept}, {@code review}, {@code parallel}, {@code decide} or {@code system}
 * @param departmentKeyword {@code accept} or {@code parallelReview}; null when the step names a department otherwise
 * @param department the department named by code or by function; null otherwise
 * @param branches the departments of a parallel step that lists them itself; empty otherwise
 * @param role the name of the role that works the step; null for a system step
 * @param limitDays the step's time limit in working days; null for a system step
 * @param join a parallel step's join ({@code all}: when all complete, or when any rejects)
 * @param action a system step's action, e.g. {@code issue-result}
 */
public record WorkflowNode(
        String id,
        String kind,
        String departmentKeyword,
        DepartmentRef department,
        List<DepartmentRef> branches,
        String role,
        Integer limitDays,
        String join,
        String action) {

    public WorkflowNode {
        branches = List.copyOf(branches);
    }
}
