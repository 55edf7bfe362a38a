package org.onewindow.catalog;

import java.util.List;

/**
 * How an item is processed behind the window: who accepts it, who reviews it in parallel (joint
 * items), and the workflow template the workflow module compiles for it.
 *
 * @param accept the department that accepts (受理) the application
 * @param parallelReview the departments that review in parallel (并联审批); empty for single-department items
 * @param workflow the workflow template's name, e.g. {@code simple-approval} or {@code joint-review}
 */
public record Processing(DepartmentRef accept, List<DepartmentRef> parallelReview, String workflow) {

    /**
     * The statutory limit of joint processing by several departments: 45 working days, extendable once
     * by 15 (行政许可法 Art. 42 ¶2). A joint item's own statutory limit may not be longer.
     */
    public static final int JOINT_STATUTORY_WORKING_DAYS = 45;

    public Processing {
        parallelReview = List.copyOf(parallelReview);
    }

    public boolean joint() {
        return !parallelReview.isEmpty();
    }
}
