package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestDesk;
import org.onewindow.workflow.HistoryView;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskState;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** An action's changes, made in one statement: what its parts see of each other, and a stale completion. */
@OneWindowIntegrationTest
class ChangesIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestDesk testDesk;
    @Autowired Workflows workflows;
    @Autowired Store store;
    @Autowired DemoIdentityData directory;
    @Autowired TransactionTemplate transactions;
    @Autowired TaskClock taskClock;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void theCancellingSparesTheTaskCompletedAndTheTasksInsertedInTheSameStatement() {
        String key = testDesk.acceptedJointCase(port).toString();
        List<TaskView> branches = testDesk.open(key, NodeKind.PARALLEL);
        TaskView done = branches.getFirst();
        UUID processId = store.task(done.id()).orElseThrow().processId();
        TaskClock.Due due = taskClock.start(5, Instant.now());
        TaskView next = new TaskView(UUID.randomUUID(), key, done.itemCode(), "decide", NodeKind.DECIDE,
                done.departmentId(), Role.APPROVER, TaskState.OPEN, null, null, null, null, Instant.now(),
                due.dueDate(), 0, false);
        int linesBefore = workflows.history(key).size();

        List<UUID> cancelled = transactions.execute(status -> store.changes(processId)
                .complete(done.id(), done.version(), null, "测试", "APPROVED", null, Instant.now())
                .cancelOpenTasks()
                .insertTask(next, "350102", due)
                .move("RUNNING", "decide", null, null)
                .history(null, "decide", "FIRST", "system", "测试", null, null, Instant.now())
                .history(null, "decide", "SECOND", "system", "测试", null, null, Instant.now())
                .apply());

        assertThat(cancelled).containsExactlyInAnyOrderElementsOf(
                branches.subList(1, branches.size()).stream().map(TaskView::id).toList());
        assertThat(workflows.tasksOf(key)).filteredOn(t -> t.kind() == NodeKind.PARALLEL)
                .extracting(TaskView::id, TaskView::state)
                .contains(tuple(done.id(), TaskState.COMPLETED));
        assertThat(workflows.tasksOf(key)).filteredOn(t -> t.id().equals(next.id())).singleElement()
                .satisfies(t -> {
                    assertThat(t.state()).isEqualTo(TaskState.OPEN);
                    assertThat(t.dueDate()).as("inserted with its due date").isEqualTo(due.dueDate());
                });
        assertThat(workflows.process(key).orElseThrow().currentNode()).isEqualTo("decide");
        assertThat(workflows.history(key)).hasSize(linesBefore + 2).extracting(HistoryView::action)
                .endsWith("FIRST", "SECOND");
    }

    @Test
    void aCompletionOfATaskChangedMeanwhileFailsAndItsTransactionWritesNothing() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.open(key, NodeKind.PARALLEL).getFirst();
        UUID processId = store.task(branch.id()).orElseThrow().processId();
        int linesBefore = workflows.history(key).size();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> store.changes(processId)
                        .complete(branch.id(), branch.version() - 1, null, "测试", "APPROVED", null, Instant.now())
                        .move("COMPLETED", null, "APPROVED", Instant.now())
                        .history(null, null, "ENDED", "system", "测试", null, "APPROVED", Instant.now())
                        .apply()))
                .hasMessage("task_changed");

        assertThat(workflows.history(key)).hasSize(linesBefore);
        assertThat(workflows.process(key).orElseThrow().state()).isEqualTo("RUNNING");
        assertThat(testDesk.open(key, NodeKind.PARALLEL)).extracting(TaskView::id).contains(branch.id());
    }
}
