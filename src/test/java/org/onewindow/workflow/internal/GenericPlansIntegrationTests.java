package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestDesk;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An action's transaction is planned generically from its first statement on, and the setting ends
 * with the transaction (Store#taskLockingProcess); so is a case's tasks read outside a transaction
 * (Store#tasksOfKey).
 */
@OneWindowIntegrationTest
class GenericPlansIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestDesk testDesk;
    @Autowired Store store;
    @Autowired DemoIdentityData directory;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Workflows workflows;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void theActionsLockingReadHasTheRestOfItsTransactionPlannedGenericallyAndNoLonger() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.open(key, NodeKind.PARALLEL).getFirst();

        Session before = transactions.execute(status -> session());
        Session during = transactions.execute(status -> {
            store.taskLockingProcess(branch.id()).orElseThrow();
            return session();
        });
        Session after = transactions.execute(status -> session());

        assertThat(before.planCacheMode()).as("PostgreSQL's default").isEqualTo("auto");
        assertThat(during.planCacheMode()).isEqualTo("force_generic_plan");
        // The pool hands a thread back the connection it returned last; the setting must not outlive the
        // transaction on that session.
        assumeThat(after.backend()).isEqualTo(during.backend());
        assertThat(after.planCacheMode()).isEqualTo("auto");
    }

    @Test
    void aCasesTasksReadOutsideATransactionIsPlannedGenericallyFromItsFirstPreparedExecution() {
        String key = testDesk.acceptedJointCase(port).toString();
        List<TaskView> inTransaction = transactions.execute(status -> workflows.tasksOf(key));
        assertThat(inTransaction).extracting(TaskView::kind)
                .startsWith(NodeKind.ACCEPT, NodeKind.PARALLEL, NodeKind.PARALLEL)
                .doesNotContain(NodeKind.DECIDE);

        Session first = session();
        // The driver prepares a statement on the server at its fifth execution; PostgreSQL's own choice
        // would then plan the next five for their values.
        for (int i = 0; i < 10; i++) {
            assertThat(workflows.tasksOf(key)).isEqualTo(inTransaction);
        }
        Session last = session();

        assumeThat(last.backend()).as("the reads ran on one connection").isEqualTo(first.backend());
        Map<String, Object> plans = jdbc.sql("""
                        select generic_plans, custom_plans from pg_prepared_statements
                        where statement like '%p.business_key = $1 order by t.created_at, t.id'""")
                .query().singleRow();
        assertThat((Long) plans.get("generic_plans")).as("generic plans").isGreaterThanOrEqualTo(6L);
        assertThat(plans.get("custom_plans")).as("custom plans").isEqualTo(0L);
        assertThat(last.planCacheMode()).as("the setting ends with the read").isEqualTo("auto");
    }

    private Session session() {
        return jdbc.sql("select pg_backend_pid() as backend, current_setting('plan_cache_mode') as mode")
                .query((rs, n) -> new Session(rs.getInt("backend"), rs.getString("mode")))
                .single();
    }

    private record Session(int backend, String planCacheMode) {}
}
