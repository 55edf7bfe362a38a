package org.onewindow.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Hands the items of concurrent callers to one flush at a time: a group commit.
 *
 * <p>A caller that finds no flush running flushes its item at once (no waiting when idle); items
 * handed in while a flush runs wait and go together into the next one, which the first of their
 * callers runs. Each caller returns only once the flush that took its item has returned, and a
 * flush that throws throws to every caller of its batch. No timer, no thread of its own: the
 * callers' threads (virtual ones included) do the work.
 *
 * @param <T> what a caller hands in
 */
public final class GroupCommit<T> {

    private final Consumer<List<T>> flush;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition flushed = lock.newCondition();
    private List<Waiting<T>> waiting = new ArrayList<>();
    private boolean flushing;

    /** Flushes with {@code flush}, which gets the batch's items in the order they were handed in. */
    public GroupCommit(Consumer<List<T>> flush) {
        this.flush = flush;
    }

    /** Returns once a flush that included the item returned; throws what that flush threw. */
    public void submit(T item) {
        Waiting<T> mine = new Waiting<>(item);
        List<Waiting<T>> batch;
        lock.lock();
        try {
            waiting.add(mine);
            while (flushing && !mine.done) {
                flushed.awaitUninterruptibly();
            }
            if (mine.done) {
                mine.rethrow();
                return;
            }
            flushing = true;
            batch = waiting;
            waiting = new ArrayList<>();
        } finally {
            lock.unlock();
        }
        RuntimeException failure = null;
        Error error = null;
        try {
            flush.accept(batch.stream().map(Waiting::item).toList());
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            error = e;
            failure = new IllegalStateException("The batch's flush failed: " + e, e);
        }
        lock.lock();
        try {
            for (Waiting<T> each : batch) {
                each.done = true;
                each.failure = failure;
            }
            flushing = false;
            flushed.signalAll();
        } finally {
            lock.unlock();
        }
        if (error != null) {
            throw error;
        }
        mine.rethrow();
    }

    /** How many items wait for the next flush (for tests and monitoring). */
    public int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    private static final class Waiting<T> {
        private final T item;
        private boolean done;
        private RuntimeException failure;

        Waiting(T item) {
            this.item = item;
        }

        T item() {
            return item;
        }

        void rethrow() {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
