package org.onewindow.identity.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

class SessionTransactionsTests {

    final Transactions transactions = new Transactions();
    final SessionTransactions sessions = new SessionTransactions(transactions);

    @Test
    void aWriteRunsInATransactionOfItsOwn() {
        sessions.execute(status -> "write");

        assertThat(transactions.begun).containsExactly(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThat(transactions.committed).isEqualTo(1);
    }

    @Test
    void aLookupRunsWithoutOneButWhatFollowsItWithin() {
        String found = SessionTransactions.reading(() -> {
            String row = sessions.execute(status -> "session row");
            // an expired session is deleted right after the lookup: a write
            sessions.execute(status -> "delete");
            return row;
        });
        sessions.execute(status -> "save");

        assertThat(found).isEqualTo("session row");
        assertThat(transactions.begun).hasSize(2);
    }

    /** Counts the transactions begun and committed. */
    static final class Transactions implements PlatformTransactionManager {

        final List<Integer> begun = new ArrayList<>();
        int committed;

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            begun.add(definition.getPropagationBehavior());
            return new SimpleTransactionStatus(true);
        }

        @Override
        public void commit(TransactionStatus status) {
            committed++;
        }

        @Override
        public void rollback(TransactionStatus status) {}
    }
}
