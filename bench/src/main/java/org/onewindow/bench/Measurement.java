package org.onewindow.bench;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * What a {@link LoadDriver} saw in its measured period: completed operations, failures and their
 * latencies in microseconds.
 *
 * @param operations operations completed in the measured period
 * @param errors operations that threw in the measured period
 * @param period the measured period's length
 * @param latencyMicros latency of each completed operation, in microseconds
 * @param firstError the first failure, for the report, or {@code null}
 * @param othersCpu share of the machine's CPU other processes used meanwhile (see {@link MachineLoad})
 */
record Measurement(
        long operations, long errors, Duration period, Histogram latencyMicros, Throwable firstError, double othersCpu) {

    /** Completed operations per second of the measured period. */
    double perSecond() {
        return operations / (period.toNanos() / 1e9);
    }

    /** The others' CPU share as a percentage, for the tables. */
    String othersCpuPercent() {
        return Double.isNaN(othersCpu) ? "n/a" : ResultTable.number(othersCpu * 100, 0) + " %";
    }

    double p50Millis() {
        return percentileMillis(50);
    }

    double p99Millis() {
        return percentileMillis(99);
    }

    double maxMillis() {
        return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getMaxValue() / 1000.0;
    }

    private double percentileMillis(double percentile) {
        return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }
}
