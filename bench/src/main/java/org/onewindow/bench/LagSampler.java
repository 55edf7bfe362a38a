package org.onewindow.bench;

import io.micrometer.core.instrument.Gauge;
import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * Reads a gauge in seconds at a fixed interval on a thread of its own and keeps the samples taken
 * while recording is on, in milliseconds.
 */
final class LagSampler implements AutoCloseable {

    private final Gauge gauge;
    private final Duration interval;
    private final Thread thread;
    private final Histogram samples = new Histogram(Duration.ofHours(1).toMillis(), 3);
    private volatile boolean recording;
    private volatile boolean running = true;
    private long unavailable;

    LagSampler(Gauge gauge, Duration interval) {
        this.gauge = gauge;
        this.interval = interval;
        this.thread = Thread.ofPlatform().daemon().name("lag-sampler").start(this::sample);
    }

    private void sample() {
        long next = System.nanoTime();
        while (running) {
            double seconds = gauge.value();
            synchronized (this) {
                if (recording) {
                    if (Double.isNaN(seconds)) {
                        unavailable++;
                    } else {
                        samples.recordValue(Math.min(samples.getHighestTrackableValue(), Math.round(seconds * 1000)));
                    }
                }
            }
            next += interval.toNanos();
            long wait = next - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            } else {
                next = System.nanoTime();
            }
        }
    }

    /** Forgets earlier samples and starts keeping new ones. */
    synchronized void startRecording() {
        samples.reset();
        unavailable = 0;
        recording = true;
    }

    /** Stops keeping samples and returns those kept since {@link #startRecording()}. */
    synchronized Samples stopRecording() {
        recording = false;
        return new Samples(samples.copy(), unavailable);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }

    /**
     * The samples of one recording.
     *
     * @param millis the gauge's values, in milliseconds
     * @param unavailable samples where the gauge could not be read (NaN)
     */
    record Samples(Histogram millis, long unavailable) {

        double p99Seconds() {
            return millis.getTotalCount() == 0 ? 0 : millis.getValueAtPercentile(99) / 1000.0;
        }

        double maxSeconds() {
            return millis.getTotalCount() == 0 ? 0 : millis.getMaxValue() / 1000.0;
        }

        double meanSeconds() {
            return millis.getTotalCount() == 0 ? 0 : millis.getMean() / 1000.0;
        }
    }
}
