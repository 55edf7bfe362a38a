package org.onewindow.workflow.internal;

import java.util.SortedSet;
import java.util.TreeSet;
import org.onewindow.deadline.DueDateOwner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link DueDateOwner} of a workflow table whose due dates may have been worked out without a
 * year's holiday file (its year in {@code yearColumn}), among the rows whose due date still counts:
 * what the task due dates ({@link TaskClock}), the acceptance limits ({@link AcceptanceClock}) and
 * the cases' promises ({@link CaseClock}) report alike. The names are the subclasses' constants,
 * never input.
 */
abstract class ProvisionalYears implements DueDateOwner {

    private final JdbcClient jdbc;
    private final String table;
    private final String yearColumn;
    private final String stillCounting;

    ProvisionalYears(JdbcClient jdbc, String table, String yearColumn, String stillCounting) {
        this.jdbc = jdbc;
        this.table = table;
        this.yearColumn = yearColumn;
        this.stillCounting = stillCounting;
    }

    @Override
    public final long countProvisional() {
        return jdbc.sql("select count(*) from " + table + " where " + yearColumn + " is not null and " + stillCounting)
                .query(Long.class)
                .single();
    }

    @Override
    public final SortedSet<Integer> missingYears() {
        return new TreeSet<>(jdbc.sql("select distinct " + yearColumn + " from " + table + " where " + yearColumn
                        + " is not null and " + stillCounting)
                .query(Integer.class)
                .list());
    }
}
