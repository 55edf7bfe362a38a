package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Role;
import org.onewindow.workflow.NodeKind;

class ExtensionDaysTests {

    @Test
    void oneDepartmentExtendsByTenWorkingDays() {
        assertThat(Engine.extensionDays(definition(NodeKind.REVIEW))).isEqualTo(10);
    }

    @Test
    void jointProcessingExtendsByFifteenWorkingDays() {
        assertThat(Engine.extensionDays(definition(NodeKind.PARALLEL))).isEqualTo(15);
    }

    private static Definition definition(NodeKind review) {
        return new Definition("t", "item", List.of(
                new Definition.Node("accept", NodeKind.ACCEPT, List.of(), Role.WINDOW_CLERK, 5, null, null),
                new Definition.Node("review", review, List.of(), Role.REVIEWER, 10, review == NodeKind.PARALLEL ? "all" : null, null),
                new Definition.Node("decide", NodeKind.DECIDE, List.of(), Role.APPROVER, 5, null, null)));
    }
}
