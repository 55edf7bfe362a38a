package org.onewindow.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The latency of each step of an operation (each HTTP call of a submission, say), recorded only
 * while the {@link LoadDriver} measures; a step's latency is its own duration.
 */
final class StepLatencies implements LoadDriver.Hooks {

    private static final long HIGHEST_TRACKABLE_MICROS = Duration.ofMinutes(10).toNanos() / 1000;

    private final Map<String, Recorder> recorders = new LinkedHashMap<>();
    private final Map<String, Histogram> measured = new LinkedHashMap<>();
    private volatile boolean measuring;

    StepLatencies(String... steps) {
        for (String step : steps) {
            recorders.put(step, new Recorder(HIGHEST_TRACKABLE_MICROS, 3));
        }
    }

    /** Runs one step, timing it. */
    <T> T time(String step, Callable<T> work) throws Exception {
        long started = System.nanoTime();
        T result = work.call();
        if (measuring) {
            recorders.get(step).recordValue(Math.min(HIGHEST_TRACKABLE_MICROS, (System.nanoTime() - started) / 1000));
        }
        return result;
    }

    @Override
    public void measureStarted() {
        recorders.values().forEach(Recorder::reset);
        measuring = true;
    }

    @Override
    public void measureEnded() {
        measuring = false;
        recorders.forEach((step, recorder) -> measured.put(step, recorder.getIntervalHistogram()));
    }

    /** "p50 / p99" of a step in the measured period, in milliseconds, or "–" if it never ran. */
    String summary(String step) {
        Histogram histogram = measured.get(step);
        if (histogram == null || histogram.getTotalCount() == 0) {
            return "–";
        }
        return ResultTable.number(histogram.getValueAtPercentile(50) / 1000.0, 1) + " / "
                + ResultTable.number(histogram.getValueAtPercentile(99) / 1000.0, 1);
    }

    long count(String step) {
        Histogram histogram = measured.get(step);
        return histogram == null ? 0 : histogram.getTotalCount();
    }
}
