package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTests {

    @Test
    void theShippedTemplatesAreValid() {
        Templates.load(Templates.FILE).forEach((name, nodes) -> assertThat(Templates.validate(name, nodes)).isEmpty());
    }

    @Test
    void aParallelStepWithoutAJoinIsRefused() {
        assertThat(Templates.validate("t", List.of(
                        node("accept", "accept", "accept", "WINDOW_CLERK"),
                        Map.of("id", "review", "kind", "parallel", "department", "parallelReview", "role", "REVIEWER",
                                "limitDays", 10),
                        node("decide", "decide", "accept", "APPROVER"))))
                .containsExactly("t.review: a parallel step needs join: all");
    }

    @Test
    void unknownRolesKindsAndDepartmentsAreNamed() {
        assertThat(Templates.validate("t", List.of(
                        node("accept", "accept", "accept", "WINDOW_CLERK"),
                        node("check", "inspect", "accept", "REVIEWER"),
                        node("review", "review", "somewhere", "JANITOR"),
                        node("decide", "decide", "accept", "APPROVER"))))
                .containsExactlyInAnyOrder(
                        "t.check: unknown kind 'inspect'",
                        "t.review: unknown role 'JANITOR'",
                        "t.review: unknown department reference 'somewhere'");
    }

    @Test
    void stepsAfterTheSystemStepAreUnreachableAndADecisionIsRequired() {
        assertThat(Templates.validate("t", List.of(
                        node("accept", "accept", "accept", "WINDOW_CLERK"),
                        Map.of("id", "issue", "kind", "system", "action", "issue-result"),
                        node("review", "review", "accept", "REVIEWER"))))
                .contains("t.issue: unreachable steps after a system step", "t: no decide step");
    }

    private static Map<String, Object> node(String id, String kind, String department, String role) {
        return Map.of("id", id, "kind", kind, "department", department, "role", role, "limitDays", 5);
    }
}
