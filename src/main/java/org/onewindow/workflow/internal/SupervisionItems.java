package org.onewindow.workflow.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.workflow.SupervisionView;
import org.onewindow.workflow.WorkloadLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Supervision items, the marks of overdue work, and the queries of the supervisor's and head's views. */
@Component
class SupervisionItems {

    /** A new item: for an overdue limit (deadline id and due time set) or a supervisor's notice. */
    record Item(UUID id, UUID processId, UUID taskId, UUID departmentId, String regionCode, String source,
            UUID deadlineId, Instant dueAt, String note, String issuedBy, String issuedByName, Instant issuedAt) {}

    private static final String SELECT = """
            select s.id, p.business_key, s.task_id, s.department_id, s.source, s.note, s.due_at, s.issued_by_name,
                   s.issued_at, s.acknowledged_by_name, s.acknowledged_at
            from workflow.supervision s join workflow.process p on p.id = s.process_id
            """;

    private final JdbcClient jdbc;

    SupervisionItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the item; false if an item for the same limit and due time exists (a second sweep, a redelivery). */
    boolean add(Item item) {
        return jdbc.sql("""
                        insert into workflow.supervision (id, process_id, task_id, department_id, region_code, source,
                            deadline_id, due_at, note, issued_by, issued_by_name, issued_at)
                        values (:id, :process, :task, :department, :region, :source, :deadline, :due, :note, :by,
                            :name, :at)
                        on conflict do nothing""")
                        .param("id", item.id())
                        .param("process", item.processId())
                        .param("task", item.taskId())
                        .param("department", item.departmentId())
                        .param("region", item.regionCode())
                        .param("source", item.source())
                        .param("deadline", item.deadlineId())
                        .param("due", item.dueAt() == null ? null : Timestamp.from(item.dueAt()))
                        .param("note", item.note())
                        .param("by", item.issuedBy())
                        .param("name", item.issuedByName())
                        .param("at", Timestamp.from(item.issuedAt()))
                        .update()
                == 1;
    }

    void markTaskOverdue(UUID taskId, Instant at) {
        jdbc.sql("update workflow.task set overdue_at = :at where id = :id and overdue_at is null")
                .param("at", Timestamp.from(at))
                .param("id", taskId)
                .update();
    }

    void markProcessOverdue(UUID processId, Instant at) {
        jdbc.sql("update workflow.process set overdue_at = :at where id = :id and overdue_at is null")
                .param("at", Timestamp.from(at))
                .param("id", processId)
                .update();
    }

    /** A department's items not yet acknowledged, within a region subtree, newest first. */
    List<SupervisionView> open(UUID departmentId, String regionPrefix) {
        return jdbc.sql(SELECT + """
                        where s.department_id = :department and s.acknowledged_at is null and s.region_code like :region
                        order by s.issued_at desc, s.id limit 100""")
                .param("department", departmentId)
                .param("region", regionPrefix + "%")
                .query(SupervisionItems::view)
                .list();
    }

    List<SupervisionView> ofProcess(UUID processId) {
        return jdbc.sql(SELECT + "where s.process_id = :process order by s.issued_at, s.id")
                .param("process", processId)
                .query(SupervisionItems::view)
                .list();
    }

    /** Acknowledges an item of the department within the region; false if there is no such open item. */
    boolean acknowledge(UUID id, UUID departmentId, String regionPrefix, UUID by, String byName, Instant at) {
        return jdbc.sql("""
                        update workflow.supervision set acknowledged_by = :by, acknowledged_by_name = :name,
                            acknowledged_at = :at
                        where id = :id and department_id = :department and region_code like :region
                          and acknowledged_at is null""")
                        .param("by", by)
                        .param("name", byName)
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("department", departmentId)
                        .param("region", regionPrefix + "%")
                        .update()
                == 1;
    }

    /** The process an item belongs to, for its history. */
    UUID processOf(UUID id) {
        return jdbc.sql("select process_id from workflow.supervision where id = :id").param("id", id)
                .query(UUID.class).single();
    }

    /** How many items each of these tasks has had. */
    Map<UUID, Integer> countsByTask(Collection<UUID> taskIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (taskIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select task_id, count(*) as n from workflow.supervision where task_id in (:tasks) group by task_id")
                .param("tasks", List.copyOf(taskIds))
                .query(rs -> {
                    counts.put(rs.getObject("task_id", UUID.class), rs.getInt("n"));
                });
        return counts;
    }

    /**
     * Workable tasks of every department within a region subtree due on or before {@code dueBy}, or
     * whose case is past its promised limit (承诺时限) though the task itself is not late (suspended ones
     * are not late: their clock stands still, and a case with a running special procedure is paused),
     * oldest due first, keyset-paged; each with whether its case's promised limit passed.
     */
    List<Late> late(String regionPrefix, UUID departmentId, LocalDate dueBy, LocalDate today, LocalDate afterDue,
            UUID afterId, int limit) {
        return jdbc.sql("""
                        select t.id, p.overdue_at is not null or c.promise_late as case_overdue from workflow.task t
                        join workflow.process p on p.id = t.process_id
                        cross join lateral (
                            select p.ended_at is null and p.promise_due_date < :today
                                   and not exists (select 1 from workflow.suspension s
                                                   where s.process_id = p.id and s.resumed_at is null)
                                   as promise_late) c
                        where t.state in ('OPEN', 'CLAIMED') and (t.due_date <= :dueBy or c.promise_late)
                          and t.region_code like :region
                          and (cast(:department as uuid) is null or t.department_id = :department)
                          and (cast(:afterDue as date) is null or (t.due_date, t.id) > (:afterDue, :afterId))
                        order by t.due_date, t.id limit :limit""")
                .param("dueBy", Date.valueOf(dueBy))
                .param("today", Date.valueOf(today))
                .param("region", regionPrefix + "%")
                .param("department", departmentId)
                .param("afterDue", afterDue == null ? null : Date.valueOf(afterDue))
                .param("afterId", afterId)
                .param("limit", limit)
                .query((rs, n) -> new Late(rs.getObject("id", UUID.class), rs.getBoolean("case_overdue")))
                .list();
    }

    /** A late task's id and whether its case is overdue too. */
    record Late(UUID taskId, boolean caseOverdue) {}

    /** Open tasks of a department within a region subtree, per holder (null: unclaimed), by load. */
    List<WorkloadLine> workload(UUID departmentId, String regionPrefix, LocalDate today) {
        return jdbc.sql("""
                        select assignee_id, max(assignee_name) as assignee_name,
                               count(*) filter (where state in ('OPEN', 'CLAIMED')) as open,
                               count(*) filter (where state in ('OPEN', 'CLAIMED') and due_date < :today) as overdue,
                               count(*) filter (where state = 'SUSPENDED') as suspended
                        from workflow.task
                        where department_id = :department and region_code like :region
                          and state in ('OPEN', 'CLAIMED', 'SUSPENDED')
                        group by assignee_id
                        order by assignee_id is not null, open desc, assignee_name""")
                .param("today", Date.valueOf(today))
                .param("department", departmentId)
                .param("region", regionPrefix + "%")
                .query((rs, n) -> new WorkloadLine(rs.getObject("assignee_id", UUID.class),
                        rs.getString("assignee_name"), rs.getInt("open"), rs.getInt("overdue"),
                        rs.getInt("suspended")))
                .list();
    }

    private static SupervisionView view(ResultSet rs, int row) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        return new SupervisionView(
                rs.getObject("id", UUID.class),
                rs.getString("business_key"),
                rs.getObject("task_id", UUID.class),
                rs.getObject("department_id", UUID.class),
                rs.getString("source"),
                rs.getString("note"),
                due == null ? null : due.toInstant(),
                rs.getString("issued_by_name"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("acknowledged_by_name"),
                acknowledged == null ? null : acknowledged.toInstant());
    }
}
