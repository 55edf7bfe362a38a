package org.onewindow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQL statements the server executed per database, from {@code pg_stat_statements} (preloaded in
 * the embedded PostgreSQL, see {@link BenchDatabase}): reset when a measured period starts, read
 * when it ends. Counts every execution of a top-level statement by any session of that database
 * (the application's pool, its listeners and schedulers, Flowable's pool), so nothing the
 * benchmark's code path triggers is missed; transaction control ({@code BEGIN}, {@code COMMIT},
 * {@code ROLLBACK}, savepoints) is counted apart.
 */
final class StatementCounts {

    private final BenchDatabase database;
    private final boolean available;
    /** Blocks read from outside shared buffers and found in them, all databases, when last reset. */
    private long[] blocksAtReset = {0, 0};

    StatementCounts(BenchDatabase database) {
        this.database = database;
        boolean ok;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            try (ResultSet rs = statement.executeQuery("select count(*) from pg_stat_statements")) {
                ok = rs.next();
            }
        } catch (SQLException e) {
            System.out.println("pg_stat_statements is not available (" + e.getMessage().strip()
                    + "): statements per case will show n/a. Preload it with shared_preload_libraries=pg_stat_statements.");
            ok = false;
        }
        this.available = ok;
    }

    boolean available() {
        return available;
    }

    /** Forgets every count so far (all databases). */
    void reset() {
        if (!available) {
            return;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
            statement.execute("select pg_stat_reset_shared('wal')");
            try (ResultSet rs = statement.executeQuery("select sum(blks_read), sum(blks_hit) from pg_stat_database")) {
                rs.next();
                blocksAtReset = new long[] {rs.getLong(1), rs.getLong(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset pg_stat_statements", e);
        }
    }

    /** Executions since the last reset in the named database, excluding any statement containing {@code exclude}. */
    Counts read(String databaseName, String exclude) {
        if (!available) {
            return Counts.NONE;
        }
        String sql = """
                select coalesce(sum(calls) filter (where not control), 0),
                       coalesce(sum(calls) filter (where control), 0),
                       coalesce(sum(calls) filter (where began), 0)
                from (select s.calls,
                             s.query ~* '^\\s*(begin|commit|rollback|start transaction|savepoint|release|end)\\y' as control,
                             s.query ~* '^\\s*(begin|start transaction)\\y' as began
                      from pg_stat_statements s join pg_database d on d.oid = s.dbid
                      where d.datname = '%s' and position('%s' in s.query) = 0
                        and s.query not ilike '%%pg_stat_statements%%') q""".formatted(databaseName, exclude);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            long statements = rs.getLong(1);
            long control = rs.getLong(2);
            long begins = rs.getLong(3);
            long blocksRead;
            long blocksHit;
            try (ResultSet blocks = statement.executeQuery("select sum(blks_read), sum(blks_hit) from pg_stat_database")) {
                blocks.next();
                blocksRead = blocks.getLong(1) - blocksAtReset[0];
                blocksHit = blocks.getLong(2) - blocksAtReset[1];
            }
            try (ResultSet wal = statement.executeQuery("select wal_records, wal_fpi, wal_bytes from pg_stat_wal")) {
                wal.next();
                return new Counts(statements, control, begins, wal.getLong(1), wal.getLong(2), wal.getLong(3),
                        blocksRead, blocksHit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read pg_stat_statements", e);
        }
    }

    /** The most executed statements of a database since the reset, for the report. */
    void printTop(String databaseName, int limit) {
        if (!available) {
            return;
        }
        String sql = """
                select s.calls, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 150)
                from pg_stat_statements s join pg_database d on d.oid = s.dbid
                where d.datname = '%s' order by s.calls desc limit %d""".formatted(databaseName, limit);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            System.out.println("-- most executed statements in " + databaseName + " (measured period)");
            while (rs.next()) {
                System.out.printf("   %,10d  %s%n", rs.getLong(1), rs.getString(2));
            }
        } catch (SQLException e) {
            System.out.println("Cannot list statements: " + e.getMessage());
        }
    }

    /**
     * The statements of a database since the reset by execution and planning time, with calls (and, if
     * {@code pg_stat_statements.track_planning} is on, plans) per operation.
     */
    void printPerOperation(String databaseName, double operations, int limit) {
        if (!available || operations <= 0) {
            return;
        }
        String sql = """
                select s.calls, 100 * s.total_exec_time / nullif(sum(s.total_exec_time) over (), 0),
                       left(regexp_replace(s.query, '\\s+', ' ', 'g'), 140),
                       sum(s.total_exec_time + s.total_plan_time) over (), s.plans, s.total_plan_time
                from pg_stat_statements s join pg_database d on d.oid = s.dbid
                where d.datname = '%s' order by s.total_exec_time + s.total_plan_time desc
                limit %d""".formatted(databaseName, limit);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            System.out.printf("-- statements in %s by execution and planning time (measured period, %.0f operations)%n",
                    databaseName, operations);
            System.out.println("   per op   share  plans/op  plan ms/op  statement"
                    + " (plans counted with pg_stat_statements.track_planning=on only)");
            boolean first = true;
            while (rs.next()) {
                if (first) {
                    System.out.printf("   (planning and execution of all statements: %.3f ms per operation)%n",
                            rs.getDouble(4) / operations);
                    first = false;
                }
                System.out.printf("   %6.2f  %5.1f %%  %8.2f  %9.4f  %s%n", rs.getLong(1) / operations,
                        rs.getDouble(2), rs.getLong(5) / operations, rs.getDouble(6) / operations, rs.getString(3));
            }
        } catch (SQLException e) {
            System.out.println("Cannot list statements: " + e.getMessage());
        }
    }

    /**
     * Executions counted.
     *
     * @param statements statements other than transaction control (-1: not counted)
     * @param transactionControl BEGIN, COMMIT, ROLLBACK, savepoints
     * @param begins BEGIN alone: transactions opened explicitly (autocommit statements are not counted)
     * @param walRecords write-ahead log records of the whole server (all databases) since the reset
     * @param walFullPages of which full-page images (the first change of a page after a checkpoint)
     * @param walBytes write-ahead log bytes of the whole server since the reset
     * @param blocksRead blocks the whole server read from outside its shared buffers since the reset
     * @param blocksHit blocks the whole server found in its shared buffers since the reset
     */
    record Counts(long statements, long transactionControl, long begins, long walRecords, long walFullPages,
            long walBytes, long blocksRead, long blocksHit) {

        static final Counts NONE = new Counts(-1, -1, -1, -1, -1, -1, -1, -1);

        /** Blocks per case read from outside the shared buffers, and found in them. */
        String blocksPerCase(double cases) {
            return blocksRead < 0 || cases <= 0 ? "n/a"
                    : ResultTable.number(blocksRead / cases, 1) + " read, " + ResultTable.number(blocksHit / cases, 0)
                            + " hit";
        }

        /** Write-ahead log per case: kilobytes, records and full-page images. */
        String walPerCase(double cases) {
            return walBytes < 0 || cases <= 0 ? "n/a"
                    : ResultTable.number(walBytes / cases / 1024, 1) + " KB, " + ResultTable.number(walRecords / cases, 0)
                            + " records, " + ResultTable.number(walFullPages / cases, 1) + " full pages";
        }

        String perCase(double cases) {
            return statements < 0 || cases <= 0 ? "n/a" : ResultTable.number(statements / cases, 1);
        }

        String beginsPerCase(double cases) {
            return begins < 0 || cases <= 0 ? "n/a" : ResultTable.number(begins / cases, 1);
        }

        String controlPerCase(double cases) {
            return transactionControl < 0 || cases <= 0 ? "n/a" : ResultTable.number(transactionControl / cases, 1);
        }
    }
}
