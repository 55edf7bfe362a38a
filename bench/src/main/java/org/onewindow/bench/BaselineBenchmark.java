package org.onewindow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The database's limit for small durable writes: 8 JDBC threads, each on its own connection with
 * autocommit, inserting single rows of about 570 bytes of jsonb into a {@code bigserial} table.
 *
 * <p>Later benchmarks report their throughput as a fraction of this one, measured in the same run
 * on the same database. Settings: {@code baseline.warmup} (10s), {@code baseline.measure} (30s),
 * {@code baseline.threads} (8).
 */
final class BaselineBenchmark {

    static final String TABLE = "bench_baseline.row_insert";

    private final BenchDatabase database;
    private final int threads;

    BaselineBenchmark(BenchDatabase database, int threads) {
        this.database = database;
        this.threads = threads;
    }

    /** Creates a fresh table, runs the inserts, reports rows per second and drops the table. */
    Result run(Duration warmup, Duration measure) throws Exception {
        execute("drop schema if exists bench_baseline cascade",
                "create schema bench_baseline",
                "create table " + TABLE + " (id bigserial primary key, payload jsonb not null)");
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> statements = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Connection connection = database.connect();
                connection.setAutoCommit(true);
                connections.add(connection);
                statements.add(connection.prepareStatement("insert into " + TABLE + " (payload) values (?::jsonb)"));
            }
            long[] sequence = new long[threads];
            Operation insert = worker -> {
                PreparedStatement statement = statements.get(worker);
                statement.setString(1, Payload.json(worker, sequence[worker]++));
                statement.executeUpdate();
            };
            LoadDriver driver = new LoadDriver(threads, Thread.ofPlatform().name("baseline-", 0).factory(), 0);
            Measurement measurement = driver.run(warmup, measure, insert, LoadDriver.Hooks.NONE);
            return new Result(measurement, threads, averageStoredBytes());
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
            execute("drop schema if exists bench_baseline cascade");
        }
    }

    private double averageStoredBytes() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select avg(pg_column_size(payload)) from (select payload from " + TABLE + " limit 1000) s")) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private void execute(String... sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    /**
     * The baseline's outcome.
     *
     * @param measurement the inserts of the measured period
     * @param threads how many threads inserted
     * @param storedBytes average stored size of a payload ({@code pg_column_size})
     */
    record Result(Measurement measurement, int threads, double storedBytes) {

        double rowsPerSecond() {
            return measurement.perSecond();
        }

        ResultTable.Row row(String date, Duration warmup) {
            return ResultTable.row()
                    .add("date", date)
                    .add("threads", threads)
                    .add("payload (text / stored bytes)", Payload.length() + " / " + ResultTable.number(storedBytes, 0))
                    .add("warm-up / measured", warmup.toSeconds() + " s / " + measurement.period().toSeconds() + " s")
                    .add("rows/s", ResultTable.number(rowsPerSecond(), 0))
                    .add("p50 ms", ResultTable.number(measurement.p50Millis(), 2))
                    .add("p99 ms", ResultTable.number(measurement.p99Millis(), 2))
                    .add("max ms", ResultTable.number(measurement.maxMillis(), 1))
                    .add("errors", measurement.errors())
                    .add("others' CPU", measurement.othersCpuPercent());
        }
    }

    /** A case-like JSON document of about 570 bytes of UTF-8 text, different for every row. */
    static final class Payload {

        private static final String TEMPLATE = """
                {"caseNo":"SQ%08d%010d","serviceItem":"11330100MB1234567X4000117001","status":"SUBMITTED",\
                "applicant":{"type":"BUSINESS","accountId":"acc-%06d","name":"杭州示例科技有限公司",\
                "creditCode":"91330106MA2XXXXX1Y"},"region":"330106","department":"市场监督管理局",\
                "materials":[{"code":"M001","name":"营业执照","sha256":"9f86d081884c7d659a2feaa0c55ad015"},\
                {"code":"M002","name":"法定代表人身份证明","sha256":"60303ae22b998861bce3b28f33eec1be"}],\
                "form":{"area":120,"employees":15,"scope":"软件开发"},"submittedAt":"2026-05-01T08:00:00+08:00"}""";

        private Payload() {}

        static String json(int worker, long sequence) {
            return TEMPLATE.formatted(worker, sequence, sequence % 1_000_000);
        }

        /** The UTF-8 length of one payload as sent. */
        static int length() {
            return json(0, 0).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
    }
}
