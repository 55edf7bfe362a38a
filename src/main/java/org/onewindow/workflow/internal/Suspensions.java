package org.onewindow.workflow.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.workflow.SuspensionKind;
import org.onewindow.workflow.SuspensionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Special procedures in {@code workflow.suspension}: at most one lasting per case. */
@Component
class Suspensions {

    private static final String SELECT = """
            select id, task_id, department_id, kind, reason, suspended_by_name, suspended_at, resumed_by_name, resumed_at
            from workflow.suspension
            """;

    private final JdbcClient jdbc;

    Suspensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID start(Store.Task task, OneWindowUser officer, SuspensionKind kind, String reason, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into workflow.suspension (id, process_id, task_id, department_id, kind, reason, suspended_by,
                    suspended_by_name, suspended_at)
                values (:id, :process, :task, :department, :kind, :reason, :by, :name, :at)""")
                .param("id", id)
                .param("process", task.processId())
                .param("task", task.view().id())
                .param("department", task.view().departmentId())
                .param("kind", kind.name())
                .param("reason", reason.strip())
                .param("by", officer.id())
                .param("name", officer.name())
                .param("at", Timestamp.from(now))
                .update();
        return id;
    }

    /** The case's lasting procedure, if any. */
    Optional<SuspensionView> active(UUID processId) {
        return jdbc.sql(SELECT + "where process_id = :process and resumed_at is null")
                .param("process", processId)
                .query(Suspensions::view)
                .optional();
    }

    void end(UUID processId, String actorId, String actorName, Instant now) {
        jdbc.sql("""
                update workflow.suspension set resumed_by = :by, resumed_by_name = :name, resumed_at = :at
                where process_id = :process and resumed_at is null""")
                .param("by", actorId)
                .param("name", actorName)
                .param("at", Timestamp.from(now))
                .param("process", processId)
                .update();
    }

    List<SuspensionView> ofProcess(UUID processId) {
        return jdbc.sql(SELECT + "where process_id = :process order by suspended_at, id")
                .param("process", processId)
                .query(Suspensions::view)
                .list();
    }

    private static SuspensionView view(ResultSet rs, int row) throws SQLException {
        Timestamp resumed = rs.getTimestamp("resumed_at");
        return new SuspensionView(
                rs.getObject("id", UUID.class),
                rs.getObject("task_id", UUID.class),
                rs.getObject("department_id", UUID.class),
                SuspensionKind.valueOf(rs.getString("kind")),
                rs.getString("reason"),
                rs.getString("suspended_by_name"),
                rs.getTimestamp("suspended_at").toInstant(),
                rs.getString("resumed_by_name"),
                resumed == null ? null : resumed.toInstant());
    }
}
