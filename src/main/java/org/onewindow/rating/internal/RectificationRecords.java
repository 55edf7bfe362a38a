package org.onewindow.rating.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rectifications in the rating schema. */
@Component
class RectificationRecords {

    /** Which rectifications a list shows. */
    enum Filter {
        OPEN,
        OVERDUE,
        REPLIED,
        UNSATISFIED
    }

    private final JdbcClient jdbc;

    RectificationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Rectification r) {
        jdbc.sql("""
                insert into rating.rectification (id, rating_id, department_id, state, opened_at, due_date, due_at)
                values (:id, :rating, :department, :state, :opened, :dueDate, :dueAt)""")
                .param("id", r.id())
                .param("rating", r.ratingId())
                .param("department", r.departmentId())
                .param("state", r.state().name())
                .param("opened", Timestamp.from(r.openedAt()))
                .param("dueDate", r.dueDate())
                .param("dueAt", r.dueAt() == null ? null : Timestamp.from(r.dueAt()))
                .update();
    }

    Optional<Rectification> byId(UUID id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id).query(RectificationRecords::map).optional();
    }

    Optional<Rectification> ofRating(UUID ratingId) {
        return jdbc.sql(SELECT + "where rating_id = :id").param("id", ratingId).query(RectificationRecords::map)
                .optional();
    }

    /** Records the department's reply; false if the rectification was no longer open. */
    boolean reply(UUID id, String finding, String action, String reply, UUID by, String byName, Instant at,
            boolean onTime) {
        return jdbc.sql("""
                        update rating.rectification set state = 'REPLIED', finding = :finding, action_taken = :action,
                            reply = :reply, replied_by = :by, replied_by_name = :byName, replied_at = :at,
                            replied_on_time = :onTime
                        where id = :id and state = 'OPEN'""")
                        .param("finding", finding)
                        .param("action", action)
                        .param("reply", reply)
                        .param("by", by)
                        .param("byName", byName)
                        .param("at", Timestamp.from(at))
                        .param("onTime", onTime)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Records the rater's answer to the reply; false if there was no reply or it was answered. */
    boolean feedback(UUID id, boolean satisfied, Instant at) {
        return jdbc.sql("""
                        update rating.rectification set rater_satisfied = :satisfied, feedback_at = :at
                        where id = :id and state = 'REPLIED' and rater_satisfied is null""")
                        .param("satisfied", satisfied)
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .update()
                == 1;
    }

    void markOverdue(UUID id) {
        jdbc.sql("update rating.rectification set overdue = true where id = :id").param("id", id).update();
    }

    /** Keeps the copy of the due time in step with the deadline (e.g. after a holiday file arrived). */
    void refreshDue(UUID id, LocalDate dueDate, Instant dueAt) {
        jdbc.sql("update rating.rectification set due_date = :dueDate, due_at = :dueAt where id = :id")
                .param("dueDate", dueDate)
                .param("dueAt", dueAt == null ? null : Timestamp.from(dueAt))
                .param("id", id)
                .update();
    }

    /**
     * A page of the rectifications of these departments, open ones by due time, answered ones
     * newest first; keyset-paged on (due_at, id) or (replied_at, id).
     */
    List<Rectification> list(Collection<UUID> departments, Filter filter, Instant now, Instant afterAt, UUID afterId,
            int limit) {
        if (departments.isEmpty()) {
            return List.of();
        }
        boolean open = filter == Filter.OPEN || filter == Filter.OVERDUE;
        String where = switch (filter) {
            case OPEN -> "state = 'OPEN'";
            case OVERDUE -> "state = 'OPEN' and (overdue or due_at < :now)";
            case REPLIED -> "state = 'REPLIED'";
            case UNSATISFIED -> "state = 'REPLIED' and rater_satisfied = false";
        };
        String order = open ? "due_at, id" : "replied_at desc, id desc";
        String after = open ? "(due_at, id) > (:afterAt, :afterId)" : "(replied_at, id) < (:afterAt, :afterId)";
        var statement = jdbc.sql(SELECT + "where department_id in (:departments) and " + where
                        + " and (cast(:afterAt as timestamptz) is null or " + after + ")"
                        + " order by " + order + " limit :limit")
                .param("departments", departments)
                .param("afterAt", afterAt == null ? null : Timestamp.from(afterAt))
                .param("afterId", afterId)
                .param("limit", limit);
        if (filter == Filter.OVERDUE) {
            statement = statement.param("now", Timestamp.from(now));
        }
        return statement.query(RectificationRecords::map).list();
    }

    private static final String SELECT = """
            select id, rating_id, department_id, state, opened_at, due_date, due_at, overdue, finding, action_taken,
                   reply, replied_by, replied_by_name, replied_at, replied_on_time, rater_satisfied, feedback_at
            from rating.rectification
            """;

    private static Rectification map(ResultSet rs, int row) throws SQLException {
        return new Rectification(
                rs.getObject("id", UUID.class),
                rs.getObject("rating_id", UUID.class),
                rs.getObject("department_id", UUID.class),
                RectificationState.valueOf(rs.getString("state")),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getObject("due_date", LocalDate.class),
                instant(rs, "due_at"),
                rs.getBoolean("overdue"),
                rs.getString("finding"),
                rs.getString("action_taken"),
                rs.getString("reply"),
                rs.getObject("replied_by", UUID.class),
                rs.getString("replied_by_name"),
                instant(rs, "replied_at"),
                rs.getObject("replied_on_time", Boolean.class),
                rs.getObject("rater_satisfied", Boolean.class),
                instant(rs, "feedback_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
