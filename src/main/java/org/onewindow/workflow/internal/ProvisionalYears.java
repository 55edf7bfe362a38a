package org.onewindow.workflow.internal;

import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The due dates of a workflow table that were worked out without a year's holiday file (its year
 * in {@code yearColumn}), among the rows whose due date still counts: what a
 * {@link org.onewindow.deadline.DueDateOwner} reports for the task due dates ({@link TaskClock})
 * and the acceptance limits ({@link AcceptanceClock}) alike. The names are the callers' constants,
 * never input.
 */
record ProvisionalYears(JdbcClient jdbc, String table, String yearColumn, String stillCounting) {

    long count() {
        return jdbc.sql("select count(*) from " + table + " where " + yearColumn + " is not null and " + stillCounting)
                .query(Long.class)
                .single();
    }

    SortedSet<Integer> years() {
        return new TreeSet<>(jdbc.sql("select distinct " + yearColumn + " from " + table + " where " + yearColumn
                        + " is not null and " + stillCounting)
                .query(Integer.class)
                .list());
    }
}
