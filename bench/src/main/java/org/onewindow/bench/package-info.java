/**
 * Benchmarks of OneWindow against a durable PostgreSQL; run them with {@code scripts/bench.sh}.
 *
 * <p>The harness ({@link org.onewindow.bench.LoadDriver}, {@link org.onewindow.bench.Measurement},
 * {@link org.onewindow.bench.ResultTable}, {@link org.onewindow.bench.BenchDatabase}) and the
 * baseline ({@link org.onewindow.bench.BaselineBenchmark}) are meant to be reused by later
 * benchmarks in this package, which report their throughput as a ratio to the baseline measured in
 * the same run. Nothing here is on the product's classpath.
 */
package org.onewindow.bench;
