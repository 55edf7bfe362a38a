package org.onewindow.notification.internal;

import org.onewindow.platform.BatchedTransactions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs the module's deliveries (inbox rows, outbox rows) of concurrent listeners in one transaction.
 *
 * <p>Under load, listeners of many events run at once; each used to write its few rows in a
 * transaction of its own, and its publication's completion in another. Here the deliveries that
 * arrive while a batch commits share the next one; a listener returns once its delivery committed.
 * If a batch fails, each of its deliveries runs again alone, so that one failing event fails only
 * its own publication (delivered again later by the platform). Deliveries write only rows: running
 * one again after a rolled-back batch sends nothing twice.
 */
@Component
class Deliveries {

    private final BatchedTransactions transactions;

    Deliveries(PlatformTransactionManager transactionManager) {
        this.transactions = new BatchedTransactions(transactionManager);
    }

    /** Runs the delivery in a committed transaction, perhaps shared with other listeners' deliveries. */
    void run(Runnable delivery) {
        transactions.run(delivery);
    }

    /** How many deliveries wait for the next batch. */
    int waiting() {
        return transactions.waiting();
    }
}
