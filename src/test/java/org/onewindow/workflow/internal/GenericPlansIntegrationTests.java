package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestDesk;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An action's transaction is planned generically from its first statement on, and the setting ends
 * with the transaction (Store#taskLockingProcess).
 */
@OneWindowIntegrationTest
class GenericPlansIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestDesk testDesk;
    @Autowired Store store;
    @Autowired DemoIdentityData directory;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

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

    private Session session() {
        return jdbc.sql("select pg_backend_pid() as backend, current_setting('plan_cache_mode') as mode")
                .query((rs, n) -> new Session(rs.getInt("backend"), rs.getString("mode")))
                .single();
    }

    private record Session(int backend, String planCacheMode) {}
}
