package org.onewindow.workflow.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.workflow.ExtensionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Extension requests in {@code workflow.extension}: at most one pending or granted per case; a
 * request whose task is finished before the head decided lapses.
 */
@Component
class Extensions {

    private static final String SELECT = """
            select e.id, p.business_key, e.task_id, e.department_id, e.requested_by, e.requested_by_name, e.reason,
                   e.days, e.state, e.decided_by_name, e.opinion, e.requested_at, e.decided_at
            from workflow.extension e join workflow.process p on p.id = e.process_id
            """;

    private final JdbcClient jdbc;

    Extensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void request(Store.Task task, OneWindowUser officer, String reason, int days, Instant now) {
        jdbc.sql("""
                insert into workflow.extension (id, process_id, task_id, department_id, region_code, requested_by,
                    requested_by_name, reason, days, state, requested_at)
                values (:id, :process, :task, :department, :region, :by, :name, :reason, :days, 'PENDING', :at)""")
                .param("id", UUID.randomUUID())
                .param("process", task.processId())
                .param("task", task.view().id())
                .param("department", task.view().departmentId())
                .param("region", task.regionCode())
                .param("by", officer.id())
                .param("name", officer.name())
                .param("reason", reason.strip())
                .param("days", days)
                .param("at", Timestamp.from(now))
                .update();
    }

    /** The case's pending or granted request, if any (the process row lock keeps this stable). */
    Optional<ExtensionView> current(UUID processId) {
        return jdbc.sql(SELECT + "where e.process_id = :process and e.state in ('PENDING', 'APPROVED')")
                .param("process", processId)
                .query(Extensions::view)
                .optional();
    }

    void decide(UUID id, boolean approved, OneWindowUser head, String opinion, Instant now) {
        jdbc.sql("""
                update workflow.extension set state = :state, decided_by = :by, decided_by_name = :name,
                    opinion = :opinion, decided_at = :at
                where id = :id and state = 'PENDING'""")
                .param("state", approved ? "APPROVED" : "REJECTED")
                .param("by", head.id())
                .param("name", head.name())
                .param("opinion", opinion)
                .param("at", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** A pending request whose task is done (or, with a null task, any of the case's) lapses undecided. */
    void lapse(UUID processId, UUID taskId) {
        jdbc.sql("""
                update workflow.extension set state = 'LAPSED'
                where process_id = :process and state = 'PENDING' and (cast(:task as uuid) is null or task_id = :task)""")
                .param("process", processId)
                .param("task", taskId)
                .update();
    }

    List<ExtensionView> ofProcess(UUID processId) {
        return jdbc.sql(SELECT + "where e.process_id = :process order by e.requested_at, e.id")
                .param("process", processId)
                .query(Extensions::view)
                .list();
    }

    /** Pending requests of a department within a region subtree, oldest first. */
    List<ExtensionView> pendingIn(UUID departmentId, String regionPrefix) {
        return jdbc.sql(SELECT + """
                        where e.department_id = :department and e.state = 'PENDING' and e.region_code like :region
                        order by e.requested_at, e.id limit 100""")
                .param("department", departmentId)
                .param("region", regionPrefix + "%")
                .query(Extensions::view)
                .list();
    }

    private static ExtensionView view(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ExtensionView(
                rs.getObject("id", UUID.class),
                rs.getString("business_key"),
                rs.getObject("task_id", UUID.class),
                rs.getObject("department_id", UUID.class),
                rs.getObject("requested_by", UUID.class),
                rs.getString("requested_by_name"),
                rs.getString("reason"),
                rs.getInt("days"),
                rs.getString("state"),
                rs.getString("decided_by_name"),
                rs.getString("opinion"),
                rs.getTimestamp("requested_at").toInstant(),
                decided == null ? null : decided.toInstant());
    }
}
