package org.onewindow.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Hands the items of concurrent callers to one flush at a time: a group commit.
 *
 * <p>A caller that finds no flush running flushes its item at once, in its own thread (no waiting
 * when idle); items handed in while a flush runs wait and go together into the next one, which the
 * first of their callers runs. The others return once their batch is done, and a batch that failed
 * throws its failure to each of them. No timer, no thread of its own: the callers' threads (virtual
 * ones included: the lock is a {@link ReentrantLock}) do the work.
 *
 * <p>Two limits can be set. <em>Bound</em>: a batch takes at most that many of the waiting items,
 * the oldest first, and always the flushing caller's own (so a bounded batch holds one more at most);
 * the rest wait for the next. A batch that keeps a database transaction open needs a bound: under a
 * sustained load an unbounded one grows with the backlog, and its transaction with it, to seconds,
 * holding back the rows that every other transaction's updates and deletes leave for pruning and
 * vacuum. <em>Lanes</em>: how many flushes may run at once (one by default). A further lane opens
 * only when a full batch waits, so that flushes share a load that one would fall behind, while a
 * lighter load still waits for the running flush and goes in one batch.
 *
 * @param <T> what a caller hands in
 */
public final class GroupCommit<T> {

    /** Writes a batch. */
    @FunctionalInterface
    public interface Flush<T> {

        /**
         * Writes the batch's items (in the order they were handed in), then calls {@code done}
         * exactly once, with the failure or {@code null}: before returning, or later, say when the
         * flushing caller's transaction has committed. Its lane stays busy until then. A flush that
         * throws is done with what it threw.
         */
        void flush(List<T> batch, Consumer<RuntimeException> done);
    }

    private final Flush<T> flush;
    private final int lanes;
    private final int bound;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private List<Waiting<T>> waiting = new ArrayList<>();
    private int flushing;

    /** A group commit of one lane, unbounded, whose batch is done when {@code flush} returns or throws. */
    public GroupCommit(Consumer<List<T>> flush) {
        this(1, Integer.MAX_VALUE, flush);
    }

    /**
     * A group commit of {@code lanes} flushes at once, each batch holding at most {@code bound}
     * waiting items besides the flushing caller's own, done when {@code flush} returns or throws.
     */
    public GroupCommit(int lanes, int bound, Consumer<List<T>> flush) {
        this(lanes, bound, (batch, done) -> {
            flush.accept(batch);
            done.accept(null);
        });
    }

    /** A group commit of one lane, unbounded. */
    public GroupCommit(Flush<T> flush) {
        this(1, Integer.MAX_VALUE, flush);
    }

    public GroupCommit(int lanes, int bound, Flush<T> flush) {
        if (lanes < 1 || bound < 1) {
            throw new IllegalArgumentException(
                    "A group commit needs at least one lane and one item per batch, not " + lanes + " and " + bound);
        }
        this.flush = flush;
        this.lanes = lanes;
        this.bound = bound;
    }

    /**
     * Returns once the batch that held the item is done, and throws its failure; the caller that
     * flushed the batch returns when its flush returned.
     */
    public void submit(T item) {
        Waiting<T> mine = new Waiting<>(item);
        List<Waiting<T>> batch;
        lock.lock();
        try {
            waiting.add(mine);
            // An item taken into another caller's batch waits for that batch, whatever lane is free.
            while (!mine.done && (mine.taken || !laneOpen())) {
                released.awaitUninterruptibly();
            }
            if (!mine.done) {
                flushing++;
                batch = take(mine);
            } else {
                batch = null;
            }
        } finally {
            lock.unlock();
        }
        if (batch == null) {
            mine.rethrow();
            return;
        }
        try {
            flush.flush(batch.stream().map(Waiting::item).toList(), failure -> release(batch, failure));
        } catch (RuntimeException e) {
            release(batch, e);
            throw e;
        } catch (Error e) {
            release(batch, new IllegalStateException("The batch's flush failed: " + e, e));
            throw e;
        }
        lock.lock();
        try {
            if (mine.done) {
                mine.rethrow();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether a caller may flush now: no flush runs, or a full batch waits and a lane is free. Under the lock. */
    private boolean laneOpen() {
        return flushing == 0 || (flushing < lanes && waiting.size() >= bound);
    }

    /**
     * The next batch: every waiting item, or the oldest {@code bound} of them and the flushing
     * caller's own, so that the caller that flushes is always done with it (a batch done later, in
     * the caller's own transaction, could otherwise never release it). Called under the lock.
     */
    private List<Waiting<T>> take(Waiting<T> mine) {
        List<Waiting<T>> batch;
        if (waiting.size() <= bound) {
            batch = waiting;
            waiting = new ArrayList<>();
        } else {
            batch = new ArrayList<>(waiting.subList(0, bound));
            List<Waiting<T>> rest = new ArrayList<>(waiting.subList(bound, waiting.size()));
            if (rest.remove(mine)) {
                batch.add(mine);
            }
            waiting = rest;
        }
        batch.forEach(each -> each.taken = true);
        return batch;
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

    private void release(List<Waiting<T>> batch, RuntimeException failure) {
        lock.lock();
        try {
            if (batch.getFirst().done) {
                return;
            }
            for (Waiting<T> each : batch) {
                each.done = true;
                each.failure = failure;
            }
            flushing--;
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static final class Waiting<T> {
        private final T item;
        private boolean taken;
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
