package org.onewindow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a statement and a commit cost on this machine, whatever they do: 8 JDBC threads, each on its
 * own connection, run transactions of a few kinds against the same durable PostgreSQL (one jsonb
 * insert; the same with four {@code select 1} or four primary-key reads added; five inserts; five
 * rows in one insert) and the CPU of the JVM and the database per transaction is compared between
 * them. The differences are the price of a statement's round trip and of a commit, which tells how
 * much removing or combining statements can save a workflow case (docs/benchmarks.md, round 11).
 * Settings: {@code cost.warmup} (5s), {@code cost.measure} (15s), {@code cost.threads} (8).
 */
final class StatementCostBenchmark {

    private static final String SCHEMA = "bench_cost";

    private final BenchDatabase database;
    private final int threads;

    StatementCostBenchmark(BenchDatabase database, int threads) {
        this.database = database;
        this.threads = threads;
    }

    /** A kind of transaction: its statements on the worker's connection (the driver commits after them). */
    enum Kind {
        INSERT("1 insert"),
        INSERT_AND_FOUR_SELECT_ONE("1 insert + 4 × select 1"),
        INSERT_AND_FOUR_READS("1 insert + 4 primary-key reads"),
        FIVE_INSERTS("5 inserts"),
        FIVE_ROWS_IN_ONE_INSERT("1 insert of 5 rows"),
        FIVE_INSERTS_IN_ONE_ROUND_TRIP("5 inserts in one round trip"),
        INSERT_WITH_ITS_COMMIT("1 insert and the commit in one round trip");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Runs each kind in turn on a fresh table; returns their results in order. */
    List<Result> run(Duration warmup, Duration measure) throws Exception {
        execute("drop schema if exists " + SCHEMA + " cascade",
                "create schema " + SCHEMA,
                "create table " + SCHEMA + ".row_insert (id bigserial primary key, k int not null, payload jsonb not null)",
                "create index on " + SCHEMA + ".row_insert (k)",
                "create table " + SCHEMA + ".lookup (id int primary key, v text not null)",
                "insert into " + SCHEMA + ".lookup select g, 'v' || g from generate_series(1, 10000) g",
                "analyze " + SCHEMA + ".lookup");
        try {
            List<Result> results = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                results.add(run(kind, warmup, measure));
            }
            return results;
        } finally {
            execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private Result run(Kind kind, Duration warmup, Duration measure) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Connection connection = database.connect();
                connection.setAutoCommit(false);
                connections.add(connection);
            }
            long[] sequence = new long[threads];
            Operation transaction = worker -> {
                Connection connection = connections.get(worker);
                try {
                    statements(kind, connection, worker, sequence);
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                }
            };
            LoadDriver driver = new LoadDriver(threads, Thread.ofPlatform().name("cost-", 0).factory(), 0);
            return new Result(kind, driver.run(warmup, measure, transaction, LoadDriver.Hooks.NONE));
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** The kind's statements, each prepared as the product's are (the driver keeps them prepared on the server). */
    private static void statements(Kind kind, Connection connection, int worker, long[] sequence) throws SQLException {
        switch (kind) {
            case INSERT -> insert(connection, worker, sequence);
            case INSERT_AND_FOUR_SELECT_ONE -> {
                insert(connection, worker, sequence);
                for (int i = 0; i < 4; i++) {
                    read(connection, "select 1", 0);
                }
            }
            case INSERT_AND_FOUR_READS -> {
                insert(connection, worker, sequence);
                for (int i = 0; i < 4; i++) {
                    read(connection, "select v from " + SCHEMA + ".lookup where id = ?",
                            ThreadLocalRandom.current().nextInt(1, 10_001));
                }
            }
            case FIVE_INSERTS -> {
                for (int i = 0; i < 5; i++) {
                    insert(connection, worker, sequence);
                }
            }
            case FIVE_ROWS_IN_ONE_INSERT -> {
                try (PreparedStatement statement = connection.prepareStatement("insert into " + SCHEMA
                        + ".row_insert (k, payload) values (?, ?::jsonb), (?, ?::jsonb), (?, ?::jsonb), (?, ?::jsonb),"
                        + " (?, ?::jsonb)")) {
                    for (int i = 0; i < 5; i++) {
                        statement.setInt(2 * i + 1, ThreadLocalRandom.current().nextInt(1000));
                        statement.setString(2 * i + 2, BaselineBenchmark.Payload.json(worker, sequence[worker]++));
                    }
                    statement.executeUpdate();
                }
            }
            case FIVE_INSERTS_IN_ONE_ROUND_TRIP -> inOneRoundTrip(connection, worker, sequence,
                    ONE_ROW, ONE_ROW, ONE_ROW, ONE_ROW, ONE_ROW);
            // The driver's commit that follows finds no transaction open and sends nothing.
            case INSERT_WITH_ITS_COMMIT -> inOneRoundTrip(connection, worker, sequence, ONE_ROW, "commit");
        }
    }

    private static final String ONE_ROW = "insert into " + SCHEMA + ".row_insert (k, payload) values (?, ?::jsonb)";

    /**
     * The statements given, separated by semicolons, sent in one round trip (the driver sends each
     * statement's messages and one synchronisation), each with the values of one row.
     */
    private static void inOneRoundTrip(Connection connection, int worker, long[] sequence, String... statements)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(String.join(";\n", statements))) {
            int p = 0;
            for (String each : statements) {
                if (each.startsWith("insert")) {
                    statement.setInt(++p, ThreadLocalRandom.current().nextInt(1000));
                    statement.setString(++p, BaselineBenchmark.Payload.json(worker, sequence[worker]++));
                }
            }
            statement.execute();
            while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
                // past every statement's result
            }
        }
    }

    private static void insert(Connection connection, int worker, long[] sequence) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into " + SCHEMA + ".row_insert (k, payload) values (?, ?::jsonb)")) {
            statement.setInt(1, ThreadLocalRandom.current().nextInt(1000));
            statement.setString(2, BaselineBenchmark.Payload.json(worker, sequence[worker]++));
            statement.executeUpdate();
        }
    }

    private static void read(Connection connection, String sql, int id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id > 0) {
                statement.setInt(1, id);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No row for " + sql);
                }
            }
        }
    }

    private void execute(String... sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    /** One kind's outcome: transactions per second and the CPU per transaction of the JVM and the database. */
    record Result(Kind kind, Measurement measurement) {

        ResultTable.Row row(String date, Duration warmup, int threads) {
            return ResultTable.row()
                    .add("date", date)
                    .add("transaction", kind.label)
                    .add("threads", threads)
                    .add("warm-up / measured", warmup.toSeconds() + " s / " + measurement.period().toSeconds() + " s")
                    .add("transactions/s", ResultTable.number(measurement.perSecond(), 0))
                    .add("CPU ms per transaction (JVM + DB)", measurement.cpuMillisPerOperation(3))
                    .add("p99 ms", ResultTable.number(measurement.p99Millis(), 2))
                    .add("errors", measurement.errors())
                    .add("others' CPU", measurement.othersCpuPercent());
        }
    }
}
