#!/usr/bin/env bash
# Runs the benchmarks (bench/, not part of the product's build) against a durable PostgreSQL.
#
#   scripts/bench.sh [baseline|audit-lag|search|submission|workflow|engine|inbox|hotline|hotline-read|statement-cost|all] [key=value ...]
#
# BENCH_JAVA_OPTS adds JVM options, e.g. a flight recording:
#   BENCH_JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/bench.jfr,settings=profile' scripts/bench.sh submission
#
# Without ONEWINDOW_BENCH_DB_URL the benchmarks start an embedded PostgreSQL 15 of their own
# (fsync, synchronous_commit and full_page_writes on) in a temporary directory. Results are
# printed as Markdown tables and appended to bench/target/results.md. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
find_jdk
# The product's plain jar into the local repository, then the benchmarks against it.
./mvnw -B -q -DskipTests install
./mvnw -B -q -f bench/pom.xml package
# The run uses a private copy of this tree's product jar rather than the one in the local Maven
# repository, which another checkout on the same machine may install over while a benchmark runs.
cp target/onewindow-0.1.0-SNAPSHOT.jar bench/target/onewindow-product.jar
cd bench
classpath=$(sed "s#[^:]*/org/onewindow/onewindow/[^:]*\.jar#$PWD/target/onewindow-product.jar#" target/classpath.txt)
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec "$JAVA_HOME/bin/java" -Xms1g -Xmx4g -Duser.timezone=UTC ${BENCH_JAVA_OPTS:-} \
    -cp "target/classes:$classpath" org.onewindow.bench.BenchMain "${@:-all}"
