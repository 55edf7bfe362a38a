package org.onewindow.platform;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the work of concurrent callers in one database transaction instead of one each.
 *
 * <p>Work handed in while a batch runs waits for the next batch ({@link GroupCommit}); each caller
 * returns once the transaction that holds its work has committed. If a batch fails, it is rolled
 * back and each of its works runs again alone, in a transaction of its own, so that one bad unit
 * of work throws to its own caller only. A work can therefore run twice: it must have no effect
 * outside the database transaction (no e-mail sent, say), and see the transaction as if it were
 * its own (each batch has a new one, whether or not the caller is in a transaction).
 *
 * <p>Up to {@value #LANES} batches run at once, each in its transaction, so that the works keep up
 * with a sustained load that one batch at a time fell behind; and a batch holds at most
 * {@value #MAX_WORKS} works (and the flushing caller's own): with no bound the works waiting grew
 * with the backlog, and one transaction for all of them stayed open for seconds, holding back the
 * pruning and vacuuming of every table's dead rows meanwhile.
 *
 * <p>A module keeps its own instance: works of different modules never share a transaction.
 */
public final class BatchedTransactions {

    private static final Logger log = LoggerFactory.getLogger(BatchedTransactions.class);

    /** How many batches may run at once, each in a transaction of its own. */
    public static final int LANES = 4;

    /** The most works one transaction takes besides its flushing caller's own. */
    public static final int MAX_WORKS = 32;

    private final TransactionTemplate transactions;
    private final GroupCommit<Work> batches;

    public BatchedTransactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batches = new GroupCommit<>(LANES, MAX_WORKS, this::runAll);
    }

    /** Runs the work in a transaction, perhaps shared with other callers' works; returns once it committed. */
    public void run(Runnable work) {
        Work mine = new Work(work);
        batches.submit(mine);
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** How many works wait for the next batch (for tests and monitoring). */
    public int waiting() {
        return batches.waiting();
    }

    private void runAll(List<Work> batch) {
        if (batch.size() > 1) {
            try {
                transactions.executeWithoutResult(status -> batch.forEach(each -> each.work.run()));
                return;
            } catch (RuntimeException e) {
                log.debug("A batch of {} works failed ({}): each runs again alone", batch.size(), e.toString());
            }
        }
        for (Work each : batch) {
            try {
                transactions.executeWithoutResult(status -> each.work.run());
            } catch (RuntimeException e) {
                each.failure = e;
            }
        }
    }

    private static final class Work {
        private final Runnable work;
        private RuntimeException failure;

        Work(Runnable work) {
            this.work = work;
        }
    }
}
