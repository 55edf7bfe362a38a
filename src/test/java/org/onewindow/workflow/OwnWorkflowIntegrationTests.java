package org.onewindow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An item that declares its own workflow ({@code processing.nodes}) instead of naming a template: the
 * test-only item {@code test-own-workflow} (src/test/resources/catalog/items), accepted and decided by
 * the market regulator, its review worked by the urban management bureau of the applicant's district.
 */
@OneWindowIntegrationTest
class OwnWorkflowIntegrationTests {

    private static final String ITEM = "test-own-workflow";
    /** The demo city's district bureaus by the district they serve (the test applicants live in these three). */
    private static final Map<String, String> URBAN_BUREAU = Map.of(
            "350102", "gl.urban", "350103", "tj.urban", "350104", "cs.urban");

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TaskDesk desk;
    @Autowired TestDesk testDesk;
    @Autowired Workflows workflows;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void theReviewStepNamedByFunctionIsInTheInboxOfTheApplicantsDistrictBureau() {
        TestApplications.Applied applied = applications.applicationBy(port, ITEM, "purpose", "在社区门口设置便民摊点");
        String key = applied.caseId().toString();
        String bureau = URBAN_BUREAU.get(applied.applicant().division().value());
        String otherBureau = URBAN_BUREAU.values().stream().filter(code -> !code.equals(bureau)).findFirst().orElseThrow();

        TaskView accept = only(key, NodeKind.ACCEPT);
        assertThat(departmentOf(accept)).as("accepted by the item's accepting department").isEqualTo("amr");
        desk.act(testDesk.officer("amr", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));

        TaskView review = only(key, NodeKind.REVIEW);
        assertThat(review.nodeId()).isEqualTo("site-review");
        assertThat(departmentOf(review)).isEqualTo(bureau);
        OneWindowUser reviewer = testDesk.officer(bureau, Role.REVIEWER);
        assertThat(desk.inbox(reviewer, InboxQuery.department())).extracting(TaskView::id).contains(review.id());
        assertThat(desk.inbox(testDesk.officer("amr", Role.REVIEWER), InboxQuery.department()))
                .as("not the accepting department's").extracting(TaskView::id).doesNotContain(review.id());
        assertThat(desk.inbox(testDesk.officer(otherBureau, Role.REVIEWER), InboxQuery.department()))
                .as("nor another district's bureau's").extracting(TaskView::id).doesNotContain(review.id());
        desk.act(reviewer, review.id(), review.version(), new TaskAction.Approve("摊点位置不影响通行"));

        TaskView decide = only(key, NodeKind.DECIDE);
        assertThat(departmentOf(decide)).as("named by code").isEqualTo("amr");
        desk.act(testDesk.officer("amr", Role.APPROVER), decide.id(), decide.version(), new TaskAction.Approve("准予"));

        ProcessView process = workflows.process(key).orElseThrow();
        assertThat(process.outcome()).isEqualTo("APPROVED");
        assertThat(workflows.history(key)).extracting(HistoryView::action).containsExactly("STARTED", "ACCEPT",
                "APPROVE", "SYSTEM:issue-result", "ENDED", "APPROVE");
        assertThat(jdbc.sql("select name from workflow.definition where hash = :hash")
                        .param("hash", process.definitionHash()).query(String.class).single())
                .as("the item's own definition, stored under its content hash").isEqualTo("item:" + ITEM);
    }

    private TaskView only(String key, NodeKind kind) {
        List<TaskView> tasks = testDesk.open(key, kind);
        assertThat(tasks).hasSize(1);
        return tasks.getFirst();
    }

    private String departmentOf(TaskView task) {
        return departments.byId(task.departmentId()).orElseThrow().code();
    }
}
