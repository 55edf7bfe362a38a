package org.onewindow.platform;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the work of concurrent callers in one database transaction instead of one each.
 *
 * <p>Items handed in while a batch runs wait for the next batch ({@link GroupCommit}); the batch's
 * work gets them all at once, so that it can write them together, and each caller returns once the
 * transaction that holds its item has committed. If a batch fails, it is rolled back and each of
 * its items is worked again alone, in a transaction of its own, so that one bad item throws to its
 * own caller only. An item can therefore be worked twice: the work must have no effect outside the
 * database transaction (no e-mail sent, say), and see the transaction as if it were its own (each
 * batch has a new one, whether or not the caller is in a transaction).
 *
 * <p>A module keeps its own instance: works of different modules never share a transaction.
 *
 * @param <T> what a caller hands in
 */
public final class BatchedTransactions<T> {

    private static final Logger log = LoggerFactory.getLogger(BatchedTransactions.class);

    private final TransactionTemplate transactions;
    private final Consumer<List<T>> work;
    private final GroupCommit<Item<T>> batches;

    /** Batches whose {@code work} is given the items of a batch, in the order they were handed in. */
    public BatchedTransactions(PlatformTransactionManager transactionManager, Consumer<List<T>> work) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.work = work;
        this.batches = new GroupCommit<>(this::runAll);
    }

    /** Works the item in a transaction, perhaps shared with other callers' items; returns once it committed. */
    public void run(T item) {
        Item<T> mine = new Item<>(item);
        batches.submit(mine);
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** How many items wait for the next batch (for tests and monitoring). */
    public int waiting() {
        return batches.waiting();
    }

    private void runAll(List<Item<T>> batch) {
        if (batch.size() > 1) {
            try {
                transactions.executeWithoutResult(status -> work.accept(batch.stream().map(Item::value).toList()));
                return;
            } catch (RuntimeException e) {
                log.debug("A batch of {} items failed ({}): each is worked again alone", batch.size(), e.toString());
            }
        }
        for (Item<T> each : batch) {
            try {
                transactions.executeWithoutResult(status -> work.accept(List.of(each.value)));
            } catch (RuntimeException e) {
                each.failure = e;
            }
        }
    }

    private static final class Item<T> {
        private final T value;
        private RuntimeException failure;

        Item(T value) {
            this.value = value;
        }

        T value() {
            return value;
        }
    }
}
