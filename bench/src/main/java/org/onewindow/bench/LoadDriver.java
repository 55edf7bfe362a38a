package org.onewindow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Recorder;

/**
 * Repeats an operation on several threads for a warm-up and then a measured period, as fast as
 * possible or at a fixed total rate.
 *
 * <p>At a fixed rate, operation <i>n</i> is due at {@code start + n / rate}; a worker that is
 * behind starts the next due operation at once, and latency is counted from when it was due, not
 * from when it started, so that a stalled system shows up in the percentiles (no coordinated
 * omission). Unpaced, latency is each operation's own duration. An operation counts for the
 * measured period when it completes within it; at its end no further operation starts, so a run
 * that fell behind its rate stops on time instead of working off its backlog.
 */
final class LoadDriver {

    private static final long HIGHEST_TRACKABLE_MICROS = Duration.ofMinutes(10).toNanos() / 1000;

    private final int threads;
    private final ThreadFactory threadFactory;
    private final double rate;

    /**
     * A driver.
     *
     * @param threads how many workers run the operation concurrently
     * @param threadFactory makes the workers (platform or virtual threads)
     * @param rate operations per second in total, or 0 for as fast as the workers go
     */
    LoadDriver(int threads, ThreadFactory threadFactory, double rate) {
        if (threads < 1 || rate < 0) {
            throw new IllegalArgumentException("threads must be positive and rate not negative");
        }
        this.threads = threads;
        this.threadFactory = threadFactory;
        this.rate = rate;
    }

    /** Runs the warm-up and the measured period, calling the hooks when measuring starts and ends. */
    Measurement run(Duration warmup, Duration measure, Operation operation, Hooks hooks) throws InterruptedException {
        Recorder recorder = new Recorder(HIGHEST_TRACKABLE_MICROS, 3);
        LongAdder completed = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        AtomicLong nextTicket = new AtomicLong();
        long start = System.nanoTime();
        long measureStart = start + warmup.toNanos();
        long end = measureStart + measure.toNanos();
        double periodNanos = rate > 0 ? 1e9 / rate : 0;

        List<Thread> workers = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            int worker = i;
            workers.add(threadFactory.newThread(() -> {
                while (true) {
                    long due = rate > 0 ? start + (long) (nextTicket.getAndIncrement() * periodNanos) : System.nanoTime();
                    // Behind schedule at the end, the backlog is not worked off: it could not count any more.
                    if (due >= end || System.nanoTime() >= end) {
                        return;
                    }
                    parkUntil(due);
                    boolean ok = true;
                    try {
                        operation.execute(worker);
                    } catch (Exception | Error e) {
                        ok = false;
                        firstError.compareAndSet(null, e);
                    }
                    long done = System.nanoTime();
                    if (done >= measureStart && done < end) {
                        if (ok) {
                            completed.increment();
                            recorder.recordValue(Math.min(HIGHEST_TRACKABLE_MICROS, (done - due) / 1000));
                        } else {
                            failed.increment();
                        }
                    }
                }
            }));
        }
        workers.forEach(Thread::start);
        parkUntil(measureStart);
        MachineLoad load = MachineLoad.now();
        hooks.measureStarted();
        parkUntil(end);
        MachineLoad.Shares cpu = load.sharesSince();
        hooks.measureEnded();
        for (Thread worker : workers) {
            worker.join();
        }
        return new Measurement(
                completed.sum(), failed.sum(), measure, recorder.getIntervalHistogram(), firstError.get(), cpu);
    }

    private static void parkUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** Called on the driving thread when the measured period starts and ends. */
    interface Hooks {

        Hooks NONE = new Hooks() {};

        default void measureStarted() {}

        default void measureEnded() {}
    }
}
