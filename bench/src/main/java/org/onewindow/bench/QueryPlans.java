package org.onewindow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Prints the execution plans (with timing and buffers) of the chainer's and the lag gauge's
 * queries, as they are in the product, to see where the chainer's time goes under load.
 */
final class QueryPlans {

    private static final String CANDIDATES = """
            select p.entry_id, e.*, (select l.chain_seq from audit.chain_link l where l.entry_id = e.id)
              from unnest(array(select entry_id from audit.pending order by entry_id limit 500)) as p(entry_id)
              left join audit.entry e on e.id = p.entry_id
             order by p.entry_id""";

    private static final String LAG = """
            select min(occurred_at) from audit.pending""";

    private static final String TABLE = """
            select relname, n_live_tup, n_dead_tup, last_autovacuum, autovacuum_count
              from pg_stat_user_tables where schemaname = 'audit' and relname in ('entry', 'pending')""";

    private final DataSource dataSource;

    QueryPlans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void print() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            print(statement, "audit.entry and audit.pending", TABLE);
            print(statement, "chainer's candidates", "explain (analyze, buffers) " + CANDIDATES);
            print(statement, "lag gauge", "explain (analyze, buffers) " + LAG);
        } catch (SQLException e) {
            System.out.println("Cannot explain the audit queries: " + e.getMessage());
        }
    }

    private static void print(Statement statement, String title, String sql) throws SQLException {
        System.out.println("-- " + title);
        try (ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder line = new StringBuilder("   ");
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                System.out.println(line);
            }
        }
    }
}
