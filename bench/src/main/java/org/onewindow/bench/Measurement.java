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
 * @param cpu who used the machine's CPU meanwhile (see {@link MachineLoad})
 */
record Measurement(
        long operations, long errors, Duration period, Histogram latencyMicros, Throwable firstError,
        MachineLoad.Shares cpu) {

    /** How many CPUs the shares are of. */
    private static final int CPUS = Runtime.getRuntime().availableProcessors();

    double othersCpu() {
        return cpu.others();
    }

    /**
     * CPU time per completed operation, in milliseconds, of this JVM (application and load
     * generator) and of the database: what an operation costs, whatever else ran meanwhile.
     */
    String cpuMillisPerOperation() {
        return cpuMillisPerOperation(1);
    }

    /** {@link #cpuMillisPerOperation()} with as many decimals as asked, for operations of a fraction of a millisecond. */
    String cpuMillisPerOperation(int decimals) {
        if (operations == 0 || Double.isNaN(cpu.jvm())) {
            return "n/a";
        }
        double millis = period.toNanos() / 1e6 * CPUS / operations;
        return ResultTable.number(cpu.jvm() * millis, decimals) + " + "
                + ResultTable.number(cpu.database() * millis, decimals);
    }

    /** The hypervisor's steal as a percentage of the machine's CPU. */
    String stealPercent() {
        return Double.isNaN(cpu.steal()) ? "n/a" : ResultTable.number(cpu.steal() * 100, 0) + " %";
    }

    /** Completed operations per second of the measured period. */
    double perSecond() {
        return operations / (period.toNanos() / 1e9);
    }

    /** The others' CPU share as a percentage, for the tables. */
    String othersCpuPercent() {
        return Double.isNaN(cpu.others()) ? "n/a" : ResultTable.number(cpu.others() * 100, 0) + " %";
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
