package org.onewindow.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onewindow.deadline.DeadlineState;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.LimitUnit;
import org.onewindow.deadline.TimeLimit;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code deadline.time_limit}, with optimistic versions and the sweeper's locking reads. */
@Repository
class TimeLimits {

    private static final String COLUMNS = """
            id, subject_type, subject_key, unit, amount, extended_by, extensions, extension_reason, state,
            started_at, array_to_string(pauses, ',') as pauses, paused_at, due_at, due_soon_at,
            due_soon_notified_at, overdue_notified_at, missing_year, finished_at, version""";
    private static final String ACTIVE = "state in ('RUNNING', 'PAUSED')";

    private final JdbcClient jdbc;

    TimeLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts new limits in one statement, unless a subject already has an active one (the unique
     * index on active subjects; nothing fails, so the caller's transaction stays usable).
     *
     * @return the subjects whose limit was inserted
     */
    List<DeadlineSubject> insertUnlessActive(List<LimitRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        StringBuilder values = new StringBuilder();
        MapSqlParameterSource params = new MapSqlParameterSource();
        for (int i = 0; i < rows.size(); i++) {
            LimitRow row = rows.get(i);
            String n = Integer.toString(i);
            values.append(i == 0 ? "" : ",\n").append("(:id").append(n).append(", :subjectType").append(n)
                    .append(", :subjectKey").append(n).append(", :unit").append(n).append(", :amount").append(n)
                    .append(", :extendedBy").append(n).append(", :extensions").append(n)
                    .append(", :extensionReason").append(n).append(", :state").append(n).append(", :startedAt")
                    .append(n).append(", string_to_array(:pauses").append(n).append(", ','), :pausedAt").append(n)
                    .append(", :dueAt").append(n).append(", :dueSoonAt").append(n).append(", :missingYear").append(n)
                    .append("::integer is not null, :missingYear").append(n).append(", :finishedAt").append(n)
                    .append(", 0)");
            changes(row).getValues().forEach((name, value) -> params.addValue(name + n, value));
            params.addValue("subjectType" + n, row.subject().type())
                    .addValue("subjectKey" + n, row.subject().key())
                    .addValue("unit" + n, row.limit().unit().name())
                    .addValue("amount" + n, row.limit().amount())
                    .addValue("startedAt" + n, timestamp(row.startedAt()));
        }
        return jdbc.sql("""
                insert into deadline.time_limit (id, subject_type, subject_key, unit, amount, extended_by, extensions,
                       extension_reason, state, started_at, pauses, paused_at, due_at, due_soon_at, provisional,
                       missing_year, finished_at, version)
                values %s
                on conflict (subject_type, subject_key) where state in ('RUNNING', 'PAUSED') do nothing
                returning subject_type, subject_key""".formatted(values))
                .paramSource(params)
                .query((rs, rowNum) -> DeadlineSubject.of(rs.getString(1), rs.getString(2)))
                .list();
    }

    /**
     * Finishes the active limits of these subjects in one statement: running ones become
     * {@code next} at {@code now} (their due times do not move); paused ones are only locked and
     * returned as they are, since ending a pause moves the due time, which the caller computes.
     *
     * @return the rows as they now are: finished, or still paused
     */
    List<LimitRow> finishRunning(Collection<DeadlineSubject> subjects, DeadlineState next, Instant now) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                update deadline.time_limit
                   set state = case when state = 'RUNNING' then :next else state end,
                       finished_at = case when state = 'RUNNING' then :now else finished_at end,
                       version = case when state = 'RUNNING' then version + 1 else version end
                 where (subject_type, subject_key) in (:subjects) and state in ('RUNNING', 'PAUSED')
                returning\s""" + COLUMNS)
                .param("next", next.name())
                .param("now", timestamp(now))
                .param("subjects", subjects.stream().map(s -> new Object[] {s.type(), s.key()}).toList())
                .query(TimeLimits::row)
                .list();
    }

    /**
     * The due times of the running limits of these subjects, by key, from the index on active
     * subjects alone (paused limits have none).
     */
    Map<String, Instant> runningDueTimes(String subjectType, Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, Instant> due = new HashMap<>();
        jdbc.sql("""
                select subject_key, due_at from deadline.time_limit
                 where subject_type = :type and subject_key = any(:keys) and state in ('RUNNING', 'PAUSED')
                   and due_at is not null""")
                .param("type", subjectType)
                .param("keys", subjectKeys.toArray(String[]::new))
                .query(rs -> {
                    due.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                });
        return due;
    }

    /**
     * Writes a change made on {@code row} as read, unless another transaction changed it since.
     *
     * <p>The sweeper's notification flags are left as they are (the sweeper does not bump the
     * version, so that it never makes a user's action fail); {@code rearm} clears those whose
     * moment now lies after {@code now}, so that they are sent again for the new due time.
     *
     * @return whether the row was written
     */
    boolean update(LimitRow row, boolean rearm, Instant now) {
        return jdbc.sql("""
                update deadline.time_limit
                   set extended_by = :extendedBy, extensions = :extensions, extension_reason = :extensionReason,
                       state = :state, pauses = string_to_array(:pauses, ','), paused_at = :pausedAt,
                       due_at = :dueAt, due_soon_at = :dueSoonAt,
                       provisional = :missingYear::integer is not null, missing_year = :missingYear,
                       finished_at = :finishedAt,
                       due_soon_notified_at = case when :rearm and :dueSoonAt::timestamptz > :now::timestamptz
                                                   then null else due_soon_notified_at end,
                       overdue_notified_at = case when :rearm and :dueAt::timestamptz > :now::timestamptz
                                                  then null else overdue_notified_at end,
                       version = version + 1
                 where id = :id and version = :version""")
                .paramSource(changes(row)
                        .addValue("version", row.version())
                        .addValue("rearm", rearm)
                        .addValue("now", timestamp(now)))
                .update() == 1;
    }

    Optional<LimitRow> findActive(DeadlineSubject subject) {
        return jdbc.sql("select " + COLUMNS + " from deadline.time_limit where subject_type = :type"
                        + " and subject_key = :key and " + ACTIVE)
                .param("type", subject.type())
                .param("key", subject.key())
                .query(TimeLimits::row)
                .optional();
    }

    /** The active limit of the subject, else its latest. */
    Optional<LimitRow> findCurrent(DeadlineSubject subject) {
        return findCurrent(subject.type(), List.of(subject.key())).stream().findFirst();
    }

    List<LimitRow> findCurrent(String subjectType, Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return List.of();
        }
        // Both states are named so that the planner reads both partial indexes, the active and the finished limits'.
        return jdbc.sql("select distinct on (subject_key) " + COLUMNS + """
                         from deadline.time_limit
                        where subject_type = :type and subject_key in (:keys)
                          and (state in ('RUNNING', 'PAUSED') or state not in ('RUNNING', 'PAUSED'))
                        order by subject_key, (state in ('RUNNING', 'PAUSED')) desc, started_at desc, id""")
                .param("type", subjectType)
                .param("keys", List.copyOf(subjectKeys))
                .query(TimeLimits::row)
                .list();
    }

    /** Locks up to {@code limit} running rows past their due time and not yet notified, skipping locked ones. */
    List<LimitRow> lockOverdue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from deadline.time_limit
                        where state = 'RUNNING' and overdue_notified_at is null and due_at < :now
                        order by due_at
                        limit :limit
                          for update skip locked""")
                .param("now", timestamp(now))
                .param("limit", limit)
                .query(TimeLimits::row)
                .list();
    }

    /** Locks up to {@code limit} running rows due soon (not overdue) and not yet notified, skipping locked ones. */
    List<LimitRow> lockDueSoon(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from deadline.time_limit
                        where state = 'RUNNING' and due_soon_notified_at is null and due_soon_at <= :now
                          and due_at >= :now
                        order by due_soon_at
                        limit :limit
                          for update skip locked""")
                .param("now", timestamp(now))
                .param("limit", limit)
                .query(TimeLimits::row)
                .list();
    }

    /** Flags the overdue notification as sent, and the due-soon one with it: it is too late to warn. */
    void markOverdueNotified(UUID id, Instant now) {
        jdbc.sql("""
                update deadline.time_limit
                   set overdue_notified_at = :now, due_soon_notified_at = coalesce(due_soon_notified_at, :now)
                 where id = :id""")
                .param("id", id)
                .param("now", timestamp(now))
                .update();
    }

    void markDueSoonNotified(UUID id, Instant now) {
        jdbc.sql("update deadline.time_limit set due_soon_notified_at = :now where id = :id")
                .param("id", id)
                .param("now", timestamp(now))
                .update();
    }

    /** The active provisional limits, to be recalculated when holiday files arrive. */
    List<LimitRow> findProvisional() {
        return jdbc.sql("select " + COLUMNS + " from deadline.time_limit where provisional and " + ACTIVE)
                .query(TimeLimits::row)
                .list();
    }

    long countProvisional() {
        return jdbc.sql("select count(*) from deadline.time_limit where provisional and " + ACTIVE)
                .query(Long.class)
                .single();
    }

    SortedSet<Integer> missingYears() {
        return new TreeSet<>(jdbc.sql("select distinct missing_year from deadline.time_limit where provisional and "
                        + ACTIVE)
                .query(Integer.class)
                .list());
    }

    private static MapSqlParameterSource changes(LimitRow row) {
        return new MapSqlParameterSource()
                .addValue("id", row.id())
                .addValue("extendedBy", row.extendedBy())
                .addValue("extensions", row.extensions())
                .addValue("extensionReason", row.extensionReason())
                .addValue("state", row.state().name())
                .addValue("pauses", row.pauses().stream().map(Pause::text).collect(Collectors.joining(",")))
                .addValue("pausedAt", timestamp(row.pausedAt()))
                .addValue("dueAt", timestamp(row.dueAt()))
                .addValue("dueSoonAt", timestamp(row.dueSoonAt()))
                .addValue("missingYear", row.missingYear())
                .addValue("finishedAt", timestamp(row.finishedAt()));
    }

    private static LimitRow row(ResultSet rs, int rowNum) throws SQLException {
        String pauses = rs.getString("pauses");
        return new LimitRow(
                rs.getObject("id", UUID.class),
                DeadlineSubject.of(rs.getString("subject_type"), rs.getString("subject_key")),
                new TimeLimit(rs.getInt("amount"), LimitUnit.valueOf(rs.getString("unit"))),
                rs.getInt("extended_by"),
                rs.getInt("extensions"),
                rs.getString("extension_reason"),
                DeadlineState.valueOf(rs.getString("state")),
                instant(rs, "started_at"),
                pauses == null || pauses.isEmpty()
                        ? List.of()
                        : Arrays.stream(pauses.split(",")).map(Pause::parse).toList(),
                instant(rs, "paused_at"),
                instant(rs, "due_at"),
                instant(rs, "due_soon_at"),
                instant(rs, "due_soon_notified_at"),
                instant(rs, "overdue_notified_at"),
                rs.getObject("missing_year", Integer.class),
                instant(rs, "finished_at"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
