package org.onewindow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * How PostgreSQL planned the application's prepared statements: for every connection of its pool
 * (all borrowed at once, so each session is asked once), {@code pg_prepared_statements}' generic
 * and custom plan counts, added up per statement. A statement planned anew at every execution
 * (custom plans) spends the planner's time on each call; one that runs a cached generic plan does
 * not.
 */
final class PlanCacheReport {

    private PlanCacheReport() {}

    /** Prints the statements by custom plans, most first; {@code connections} is the pool's size. */
    static void print(DataSource pool, int connections, int top) throws SQLException {
        List<Connection> borrowed = new ArrayList<>();
        Map<String, long[]> plans = new LinkedHashMap<>();
        try {
            for (int i = 0; i < connections; i++) {
                borrowed.add(pool.getConnection());
            }
            for (Connection connection : borrowed) {
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("""
                                select regexp_replace(statement, '\\s+', ' ', 'g'), generic_plans, custom_plans
                                from pg_prepared_statements""")) {
                    while (rs.next()) {
                        long[] counts = plans.computeIfAbsent(rs.getString(1), k -> new long[2]);
                        counts[0] += rs.getLong(2);
                        counts[1] += rs.getLong(3);
                    }
                }
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
        long generic = plans.values().stream().mapToLong(c -> c[0]).sum();
        long custom = plans.values().stream().mapToLong(c -> c[1]).sum();
        System.out.printf("-- plan cache of the application's %d connections: %,d generic and %,d custom plans"
                + " (pg_prepared_statements, since each connection opened)%n", borrowed.size(), generic, custom);
        System.out.println("    generic     custom  statement");
        plans.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%11d %10d  %s%n", e.getValue()[0], e.getValue()[1],
                        e.getKey().length() > 150 ? e.getKey().substring(0, 150) : e.getKey()));
    }
}
