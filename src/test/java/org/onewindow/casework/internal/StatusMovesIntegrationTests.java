package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.ApplicationStatus;
import org.onewindow.casework.CaseFigures;
import org.onewindow.casework.CaseFigures.CaseLine;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestApplications.Submitted;
import org.onewindow.support.TestDesk;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's status moves (V50_2_3): the moves before its end change no indexed column, so they are
 * heap-only updates; the move that ends it sets its closing time once, which the figures read.
 * Cases of unemployment registration, accepted, reviewed and decided by the human resources bureau.
 */
@OneWindowIntegrationTest
class StatusMovesIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TestDesk testDesk;
    @Autowired TaskDesk desk;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired CaseRecords cases;
    @Autowired CaseFigures figures;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void noIndexOfTheCasesHoldsTheirStatusOrTheTimeOfTheirLastMove() {
        assertThat(jdbc.sql("""
                        select pg_get_indexdef(indexrelid) from pg_index
                        where indrelid = 'casework.application'::regclass""")
                .query(String.class).list())
                .isNotEmpty()
                .noneMatch(definition -> definition.matches("(?s).*\\b(status|updated_at)\\b.*"));
    }

    @Test
    void aMoveBeforeTheCaseEndsIsAHeapOnlyUpdate() {
        UUID caseId = accepted();

        long heapOnly = transactions.execute(transaction -> {
            long before = heapOnlyUpdates();
            assertThat(cases.transition(caseId, ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW,
                    clock.instant())).isTrue();
            long after = heapOnlyUpdates();
            transaction.setRollbackOnly();
            return after - before;
        });

        assertThat(heapOnly).as("the move wrote no index entry").isEqualTo(1);
    }

    @Test
    void theMoveThatEndsTheCaseSetsItsClosingTimeAndNoEarlierMoveDoes() {
        UUID caseId = applications.unemploymentRegistration(port);
        assertThat(closedAt(caseId)).isNull();

        accept(caseId);
        assertThat(closedAt(caseId)).isNull();
        act(caseId, NodeKind.REVIEW, Role.REVIEWER, new TaskAction.Approve("符合条件"));
        statusIs(caseId, ApplicationStatus.UNDER_REVIEW);
        assertThat(closedAt(caseId)).isNull();
        act(caseId, NodeKind.DECIDE, Role.APPROVER, new TaskAction.Approve("准予办理"));
        statusIs(caseId, ApplicationStatus.APPROVED);

        Instant closedAt = closedAt(caseId);
        assertThat(closedAt).isNotNull().isEqualTo(updatedAt(caseId));
        assertThat(figures.closed(List.of(hrss()), closedAt, closedAt.plusMillis(1)))
                .filteredOn(line -> line.caseId().equals(caseId)).singleElement()
                .satisfies(line -> {
                    assertThat(line.status()).isEqualTo(ApplicationStatus.APPROVED);
                    assertThat(line.at()).isEqualTo(closedAt);
                });
        assertThat(figures.closed(List.of(hrss()), closedAt.minusSeconds(3600), closedAt))
                .as("a period that ends as it closes does not count it").extracting(CaseLine::caseId)
                .doesNotContain(caseId);
        assertThat(figures.inProgress(List.of(hrss()))).extracting(CaseLine::caseId).doesNotContain(caseId);
    }

    @Test
    void aWithdrawalEndsTheCaseWhichIsNotClosedWithAResult() {
        UUID caseId = withdrawn();

        Instant closedAt = closedAt(caseId);
        assertThat(closedAt).isNotNull().isEqualTo(updatedAt(caseId));
        assertThat(figures.closed(List.of(hrss()), closedAt, closedAt.plusMillis(1)))
                .extracting(CaseLine::caseId).doesNotContain(caseId);
    }

    @Test
    void casesInProgressAreTheAcceptedOnesNotYetEnded() {
        UUID waiting = applications.unemploymentRegistration(port);
        UUID accepted = accepted();

        assertThat(figures.inProgress(List.of(hrss())))
                .filteredOn(line -> line.caseId().equals(waiting) || line.caseId().equals(accepted))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.caseId()).isEqualTo(accepted);
                    assertThat(line.status()).isEqualTo(ApplicationStatus.ACCEPTED);
                    assertThat(line.at()).as("the submission").isEqualTo(submittedAt(accepted));
                });
    }

    @Test
    void theMigrationTakesTheClosingTimeOfFinishedCasesFromTheirLastMove() throws IOException {
        UUID open = accepted();
        UUID withdrawn = withdrawn();
        Instant lastMove = updatedAt(withdrawn);
        jdbc.sql("update casework.application set closed_at = null where id = :id").param("id", withdrawn).update();

        jdbc.sql(backfill()).update();

        assertThat(closedAt(withdrawn)).isEqualTo(lastMove);
        assertThat(closedAt(open)).isNull();
    }

    /** The migration's statement that fills in the closing time of cases finished before it. */
    private static String backfill() throws IOException {
        String script = new ClassPathResource("db/migration/casework/V50_2_3__status_moves_heap_only.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        return Arrays.stream(script.split(";\\s*\\n"))
                .map(statement -> statement.lines().filter(line -> !line.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).strip())
                .filter(statement -> statement.startsWith("UPDATE"))
                .reduce((a, b) -> {
                    throw new IllegalStateException("one update expected");
                })
                .orElseThrow();
    }

    /** A case its applicant withdrew before acceptance. */
    private UUID withdrawn() {
        Submitted submitted = applications.unemploymentRegistrationBy(port);
        UUID caseId = submitted.caseId();
        submitted.portal().get("/applications/" + caseId);
        assertThat(submitted.portal().post("/applications/" + caseId + "/withdraw", Map.of()).location().orElseThrow())
                .endsWith("?withdrawn");
        return caseId;
    }

    private UUID accepted() {
        UUID caseId = applications.unemploymentRegistration(port);
        accept(caseId);
        return caseId;
    }

    private void accept(UUID caseId) {
        act(caseId, NodeKind.ACCEPT, Role.WINDOW_CLERK, new TaskAction.Accept("材料齐全"));
        statusIs(caseId, ApplicationStatus.ACCEPTED);
    }

    private void act(UUID caseId, NodeKind kind, Role role, TaskAction action) {
        TaskView task = testDesk.open(caseId.toString(), kind).getFirst();
        desk.act(testDesk.officer("hrss", role), task.id(), task.version(), action);
    }

    /** The case follows the workflow inside the action's own transaction: its status is there once the action returns. */
    private void statusIs(UUID caseId, ApplicationStatus status) {
        assertThat(jdbc.sql("select status from casework.application where id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo(status.name());
    }

    private UUID hrss() {
        return departments.byCode("hrss").orElseThrow().id();
    }

    /** Heap-only updates of the cases' table in this transaction so far. */
    private long heapOnlyUpdates() {
        return jdbc.sql("select pg_stat_get_xact_tuples_hot_updated('casework.application'::regclass)")
                .query(Long.class).single();
    }

    private Instant closedAt(UUID caseId) {
        return instant("closed_at", caseId);
    }

    private Instant updatedAt(UUID caseId) {
        return instant("updated_at", caseId);
    }

    private Instant submittedAt(UUID caseId) {
        return instant("submitted_at", caseId);
    }

    private Instant instant(String column, UUID caseId) {
        return jdbc.sql("select " + column + " from casework.application where id = :id").param("id", caseId)
                .query((rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list()
                .getFirst();
    }
}
