package org.onewindow.workflow.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.deadline.DueDates;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.deadline.LimitPause;
import org.onewindow.deadline.TimeLimit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The special procedures of a task or of a whole case ({@code workflow.suspension} rows), as the
 * pauses of its clock: a task's due date ({@link TaskClock}) stops for the task's own procedures, the
 * case's promised limit ({@link CaseClock}) for every procedure of the case. The arithmetic is the
 * deadline module's ({@link DueDates}: whole working days).
 */
final class Pauses {

    /** A special procedure: a pause of the clock, lasting while {@code resumedAt} is null. */
    record Interval(Instant suspendedAt, Instant resumedAt) {}

    private Pauses() {}

    /**
     * The procedures of the tasks or processes given, by id, oldest first.
     *
     * @param owner {@code task_id} or {@code process_id} (a caller's constant, never input)
     */
    static Map<UUID, List<Interval>> of(JdbcClient jdbc, String owner, Collection<UUID> ids) {
        Map<UUID, List<Interval>> pauses = new HashMap<>();
        if (ids.isEmpty()) {
            return pauses;
        }
        jdbc.sql("select " + owner + " as owner, suspended_at, resumed_at from workflow.suspension where " + owner
                        + " in (:ids) order by suspended_at, id")
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    Timestamp resumed = rs.getTimestamp("resumed_at");
                    pauses.computeIfAbsent(rs.getObject("owner", UUID.class), id -> new ArrayList<>())
                            .add(new Interval(rs.getTimestamp("suspended_at").toInstant(),
                                    resumed == null ? null : resumed.toInstant()));
                });
        return pauses;
    }

    /**
     * Where a clock counted from {@code from} stands after these procedures (those before {@code from}
     * do not count).
     *
     * @param paused whether a procedure still running pauses the clock (a task's only while it is suspended)
     * @param at the moment to stand still at if the clock is not paused (its stand then: a finished
     *     promise's at its finishing), or {@code null} for the running clock's due dates
     */
    static DueSchedule schedule(DueDates dueDates, TimeLimit total, Instant from, List<Interval> intervals,
            boolean paused, Instant at) {
        List<LimitPause> finished = new ArrayList<>();
        Instant pausedAt = null;
        for (Interval interval : intervals == null ? List.<Interval>of() : intervals) {
            if (interval.suspendedAt().isBefore(from)) {
                continue;
            }
            if (interval.resumedAt() != null) {
                finished.add(new LimitPause(interval.suspendedAt(), interval.resumedAt()));
            } else if (paused) {
                pausedAt = interval.suspendedAt();
            }
        }
        return dueDates.schedule(total, from, finished, pausedAt != null ? pausedAt : at);
    }
}
