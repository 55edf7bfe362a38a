package org.onewindow.catalog;

import java.util.List;

/**
 * How an item is processed behind the window: who accepts it, who reviews it in parallel (joint
 * items), and its workflow, which the workflow module compiles: a shared template, or the item's own
 * steps.
 *
 * @param accept the department that accepts (受理) the application
 * @param parallelReview the departments that review in parallel (并联审批); empty for single-department items
 * @param workflow the workflow template's name, e.g. {@code simple-approval} or {@code joint-review}; null
 *     when the item declares its own steps
 * @param nodes the item's own workflow steps; empty when it names a template
 */
public record Processing(DepartmentRef accept, List<DepartmentRef> parallelReview, String workflow,
        List<WorkflowNode> nodes) {

    /**
     * The statutory limit of joint processing by several departments: 45 working days, extendable once
     * by 15 (行政许可法 Art. 42 ¶2). A joint item's own statutory limit may not be longer.
     */
    public static final int JOINT_STATUTORY_WORKING_DAYS = 45;

    public Processing {
        parallelReview = List.copyOf(parallelReview);
        nodes = List.copyOf(nodes);
        if ((workflow == null) == nodes.isEmpty()) {
            throw new IllegalArgumentException("exactly one of a workflow template and the item's own steps");
        }
    }

    public boolean joint() {
        return !parallelReview.isEmpty();
    }

    /**
     * Whether several departments process the application jointly (Art. 42 ¶2): it lists departments
     * reviewing in parallel, or its own steps include a parallel step.
     */
    public boolean jointlyProcessed() {
        return joint() || nodes.stream().anyMatch(node -> "parallel".equals(node.kind()));
    }

    /** Whether the item declares its own workflow steps instead of naming a template. */
    public boolean ownWorkflow() {
        return !nodes.isEmpty();
    }
}
