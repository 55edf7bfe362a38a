package org.onewindow.workflow.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.identity.Role;
import org.onewindow.workflow.HistoryView;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.ProcessView;
import org.onewindow.workflow.TaskState;
import org.onewindow.workflow.TaskView;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Processes, tasks and history in the workflow schema. */
@Component
class Store {

    /** A process row. */
    record Process(
            UUID id,
            String businessKey,
            String definitionHash,
            String itemCode,
            String placeCode,
            String state,
            String currentNode,
            boolean correctionRequested,
            Instant submittedAt,
            Instant startedAt,
            String outcome,
            Boolean extensionPending,
            Boolean suspensionActive,
            boolean promised,
            LocalDate promisedBy) {

        /** A process row read without its lock: whether an extension is pending or a procedure running is not known. */
        Process(UUID id, String businessKey, String definitionHash, String itemCode, String placeCode, String state,
                String currentNode, boolean correctionRequested, Instant submittedAt, Instant startedAt,
                String outcome, boolean promised, LocalDate promisedBy) {
            this(id, businessKey, definitionHash, itemCode, placeCode, state, currentNode, correctionRequested,
                    submittedAt, startedAt, outcome, null, null, promised, promisedBy);
        }

        ProcessView view() {
            return new ProcessView(businessKey, itemCode, definitionHash, state, currentNode, outcome, startedAt);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    Store(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** The writes of one action to this process's rows, made together by {@link Changes#apply}. */
    Changes changes(UUID processId) {
        return new Changes(jdbc, processId);
    }

    /**
     * The process, locked for this transaction: actions on one case happen one at a time. Read
     * with it, under the same lock: whether an extension is pending and a special procedure running,
     * so that an action need not look (or lapse, or end) when there is none.
     */
    Optional<Process> lockProcess(UUID processId) {
        return lockProcess(processId, null);
    }

    /**
     * The process, locked as in {@link #lockProcess(UUID)}, if its acceptance limit still counts and
     * its due date is before {@code today} (it has passed); empty otherwise.
     */
    Optional<Process> lockAwaitingAcceptance(UUID processId, LocalDate today) {
        return lockProcess(processId, today);
    }

    private Optional<Process> lockProcess(UUID processId, LocalDate acceptancePassedBefore) {
        return jdbc.sql("""
                        select p.id, p.business_key, p.definition_hash, p.item_code, p.place_code, p.state,
                               p.current_node, p.correction_requested, p.submitted_at, p.started_at, p.outcome,
                               p.promise_from, p.promise_due_date,
                               exists (select 1 from workflow.extension e
                                       where e.process_id = p.id and e.state = 'PENDING') as extension_pending,
                               exists (select 1 from workflow.suspension s
                                       where s.process_id = p.id and s.resumed_at is null) as suspension_active
                        from workflow.process p where p.id = :id%s for update of p""".formatted(
                        acceptancePassedBefore == null ? ""
                                : " and p.acceptance_alert_at is not null and p.acceptance_due_date < :today"))
                .param("id", processId)
                .param("today", acceptancePassedBefore == null ? null : Date.valueOf(acceptancePassedBefore))
                .query((rs, n) -> {
                    Process p = process(rs, n);
                    return new Process(p.id(), p.businessKey(), p.definitionHash(), p.itemCode(), p.placeCode(),
                            p.state(), p.currentNode(), p.correctionRequested(), p.submittedAt(), p.startedAt(),
                            p.outcome(), rs.getBoolean("extension_pending"), rs.getBoolean("suspension_active"),
                            p.promised(), p.promisedBy());
                })
                .optional();
    }

    /** A task and its process, locked as in {@link #lockProcess}. */
    record Locked(Task task, Process process) {}

    /**
     * The task with its process locked for this transaction (and whether an extension is pending
     * or a procedure running), in one statement: what every action starts with.
     *
     * <p>The same statement has the rest of the action's transaction planned generically
     * ({@code plan_cache_mode = force_generic_plan}, local to the transaction, set only when the
     * task is found): the action's statements look rows up by key, so a cached generic plan is as
     * good as a custom one, and PostgreSQL's choice between them can go wrong for good. A prepared
     * statement's generic plan is costed only when it is built (after its first five executions and
     * after an invalidation such as autovacuum's); if that cost comes out above the custom plans'
     * average, custom plans win the comparison from then on and the statement is planned again at
     * every execution for the life of the connection. Measured under load (which statistics made
     * the generic plan look dear is not known): two in five executions of a branch's completion,
     * and with the acceptance's move about a fifth of a case's CPU (docs/benchmarks.md, round 12).
     */
    Optional<Locked> taskLockingProcess(UUID taskId) {
        return jdbc.sql(TASK_COLUMNS + """
                        , set_config('plan_cache_mode', 'force_generic_plan', true) as plan_cache_mode,
                          p.definition_hash, p.item_code as process_item_code, p.place_code, p.state as process_state,
                          p.current_node, p.correction_requested, p.submitted_at, p.started_at,
                          p.outcome as process_outcome, p.promise_from, p.promise_due_date,
                          exists (select 1 from workflow.extension e
                                  where e.process_id = p.id and e.state = 'PENDING') as extension_pending,
                          exists (select 1 from workflow.suspension s
                                  where s.process_id = p.id and s.resumed_at is null) as suspension_active
                        from workflow.task t join workflow.process p on p.id = t.process_id
                        where t.id = :id for update of p""")
                .param("id", taskId)
                .query((rs, n) -> {
                    Task task = task(rs, n);
                    Process process = new Process(task.processId(), rs.getString("business_key"),
                            rs.getString("definition_hash"), rs.getString("process_item_code"),
                            rs.getString("place_code"), rs.getString("process_state"), rs.getString("current_node"),
                            rs.getBoolean("correction_requested"), rs.getTimestamp("submitted_at").toInstant(),
                            rs.getTimestamp("started_at").toInstant(), rs.getString("process_outcome"),
                            rs.getBoolean("extension_pending"), rs.getBoolean("suspension_active"),
                            rs.getTimestamp("promise_from") != null, promisedBy(rs));
                    return new Locked(task, process);
                })
                .optional();
    }

    Optional<Process> processByKey(String businessKey) {
        return jdbc.sql(PROCESS + "where business_key = :key").param("key", businessKey).query(Store::process).optional();
    }

    void markCorrectionRequested(UUID processId) {
        // The acceptance limit ends with the request (the clock stops); the resubmission starts a new one.
        jdbc.sql("""
                        update workflow.process set correction_requested = true, state = 'WAITING_CORRECTION',
                            acceptance_alert_at = null
                        where id = :id""")
                .param("id", processId)
                .update();
    }

    /** What a process's acceptance limit counted from (submission or resubmission) and its due date. */
    record Acceptance(Instant from, LocalDate dueDate) {}

    /** The process's acceptance limit, as its row keeps it (also once it ended). */
    Acceptance acceptance(UUID processId) {
        return jdbc.sql("select acceptance_from, acceptance_due_date from workflow.process where id = :id")
                .param("id", processId)
                .query((rs, n) -> new Acceptance(rs.getTimestamp("acceptance_from").toInstant(),
                        rs.getDate("acceptance_due_date").toLocalDate()))
                .single();
    }

    /** Ends the process's acceptance limit without a move (its acceptance task is no longer workable). */
    void endAcceptance(UUID processId) {
        jdbc.sql("update workflow.process set acceptance_alert_at = null where id = :id").param("id", processId).update();
    }

    Optional<Task> task(UUID taskId) {
        return jdbc.sql(TASK + "where t.id = :id").param("id", taskId).query(Store::task).optional();
    }

    List<Task> tasksOfProcess(UUID processId) {
        return jdbc.sql(TASK + "where t.process_id = :id order by t.created_at, t.id").param("id", processId)
                .query(Store::task).list();
    }

    /**
     * The tasks of the process with this business key, oldest first (none if there is no such process).
     *
     * <p>Outside a transaction the read is planned generically, as an action is ({@link
     * #taskLockingProcess}): the setting and the read go to PostgreSQL together, one round trip and one
     * implicit transaction, which ends the setting when the read is done. Left to choose, PostgreSQL
     * planned this read at every execution on about half of the connections under load, a tenth of its
     * CPU in the engine benchmark (docs/benchmarks.md, issue #4, round 13); its generic plan (the
     * process by its unique key, its few tasks by {@code task_process}) is the plan for any key. Inside
     * a caller's transaction the setting would outlive the read, so there it is left alone.
     */
    List<Task> tasksOfKey(String businessKey) {
        String sql = TASK + "where p.business_key = ? order by t.created_at, t.id";
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return jdbcTemplate.query(sql, Store::task, businessKey);
        }
        return jdbcTemplate.execute(GENERIC_PLAN + sql, (PreparedStatement statement) -> {
            statement.setString(1, businessKey);
            statement.execute();
            statement.getMoreResults(); // past the setting's row, to the tasks
            List<Task> tasks = new ArrayList<>();
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    tasks.add(task(rows, tasks.size()));
                }
            }
            return tasks;
        });
    }

    /** Sets generic planning for the rest of the transaction, the implicit one of a statement batch included. */
    private static final String GENERIC_PLAN = "select set_config('plan_cache_mode', 'force_generic_plan', true);\n";

    /**
     * Changes a task if it is still at the version the officer saw; false if someone else moved it.
     */
    boolean updateTask(UUID taskId, int version, TaskState state, UUID assigneeId, String assigneeName, String outcome,
            String opinion, Instant completedAt) {
        return jdbc.sql("""
                        update workflow.task set state = :state, assignee_id = :assignee, assignee_name = :name,
                            outcome = :outcome, opinion = :opinion, completed_at = :completed, version = version + 1
                        where id = :id and version = :version""")
                        .param("state", state.name())
                        .param("assignee", assigneeId)
                        .param("name", assigneeName)
                        .param("outcome", outcome)
                        .param("opinion", opinion)
                        .param("completed", completedAt == null ? null : Timestamp.from(completedAt))
                        .param("id", taskId)
                        .param("version", version)
                        .update()
                == 1;
    }

    /**
     * Completes a task if it is still at the version the officer saw (empty if someone else moved
     * it); says in the same statement whether other tasks of its step are still to be worked (the
     * join of a parallel step, which is done once none are) and whether one was completed before it.
     * The process's few tasks are read by {@code task_process} and checked one by one: an
     * {@code exists} over open tasks would be answered from the inbox index ({@code task_inbox},
     * every department's open tasks), which the planner takes for small.
     *
     * <p>{@code lineIfOthersOpen}, if given, is the officer's history line, written by this statement
     * when other branches are still open: the action then causes nothing else, so the line is where it
     * would be at the action's end. Otherwise the caller writes it after what the action caused.
     */
    Optional<Completed> complete(UUID taskId, int version, UUID assigneeId, String assigneeName, String outcome,
            String opinion, Instant completedAt, Line lineIfOthersOpen) {
        return jdbc.sql("""
                        with completed as (
                            update workflow.task set state = 'COMPLETED', assignee_id = :assignee,
                                assignee_name = :name, outcome = :outcome, opinion = :opinion,
                                completed_at = :completed, version = version + 1
                            where id = :id and version = :version
                            returning process_id, node_id, created_at),
                        siblings as (
                            select c.process_id, c.node_id, s.others_open, s.others_completed
                            from completed c cross join lateral (
                                select coalesce(bool_or(other.node_id = c.node_id and other.id <> :id
                                                        and other.state in ('OPEN', 'CLAIMED')), false) as others_open,
                                       coalesce(bool_or(other.node_id = c.node_id and other.id <> :id
                                                        and other.created_at = c.created_at
                                                        and other.state = 'COMPLETED'), false) as others_completed
                                from workflow.task other where other.process_id = c.process_id) s),
                        line as (
                            insert into workflow.history (process_id, task_id, node_id, action, actor_id, actor_name,
                                department_id, opinion, at)
                            select process_id, cast(:id as uuid), node_id, cast(:lineAction as text),
                                   cast(:lineActorId as text), cast(:lineActorName as text),
                                   cast(:lineDepartment as uuid), cast(:lineOpinion as text),
                                   cast(:completed as timestamptz)
                            from siblings where others_open and cast(:line as boolean))
                        select others_open, not others_completed as first_of_step from siblings""")
                .param("assignee", assigneeId)
                .param("name", assigneeName)
                .param("outcome", outcome)
                .param("opinion", opinion)
                .param("completed", Timestamp.from(completedAt))
                .param("id", taskId)
                .param("version", version)
                .param("line", lineIfOthersOpen != null)
                // Typed, so that the driver is not asked for the types of the nulls given without a line.
                .param("lineAction", lineIfOthersOpen == null ? null : lineIfOthersOpen.action(), Types.VARCHAR)
                .param("lineActorId", lineIfOthersOpen == null ? null : lineIfOthersOpen.actorId(), Types.VARCHAR)
                .param("lineActorName", lineIfOthersOpen == null ? null : lineIfOthersOpen.actorName(),
                        Types.VARCHAR)
                .param("lineDepartment", lineIfOthersOpen == null || lineIfOthersOpen.departmentId() == null ? null
                        : lineIfOthersOpen.departmentId().toString(), Types.VARCHAR)
                .param("lineOpinion", lineIfOthersOpen == null ? null : lineIfOthersOpen.opinion(), Types.VARCHAR)
                .query((rs, n) -> new Completed(rs.getBoolean("others_open"), rs.getBoolean("first_of_step")))
                .optional();
    }

    /**
     * A parallel branch just completed: whether other branches of its step are still open, and whether it
     * is the first of them to finish (the step's tasks, entered together, share their {@code created_at}).
     */
    record Completed(boolean othersOpen, boolean firstOfStep) {}

    /** An officer's line in the history, of the task being completed and at its completion. */
    record Line(String action, String actorId, String actorName, UUID departmentId, String opinion) {}

    /** Moves the task's version on without other change, if still at {@code version}: an action was taken on it. */
    boolean touchTask(UUID taskId, int version) {
        return jdbc.sql("update workflow.task set version = version + 1 where id = :id and version = :version")
                        .param("id", taskId)
                        .param("version", version)
                        .update()
                == 1;
    }

    /**
     * Hands the task, open again, to another department and the region its officers see it in, if
     * still at {@code version}; false if someone else moved it.
     */
    boolean transferTask(UUID taskId, int version, UUID departmentId, String regionCode) {
        return jdbc.sql("""
                        update workflow.task set department_id = :department, region_code = :region, state = 'OPEN',
                            assignee_id = null, assignee_name = null, version = version + 1
                        where id = :id and version = :version""")
                        .param("department", departmentId)
                        .param("region", regionCode)
                        .param("id", taskId)
                        .param("version", version)
                        .update()
                == 1;
    }

    /**
     * Reopens a task waiting for the applicant's correction with due data counted afresh from
     * {@code from} (the resubmission), as a new task's: an overdue mark from before is cleared.
     */
    void reopen(UUID taskId, Instant from, TaskClock.Due due) {
        jdbc.sql("""
                        update workflow.task set state = 'OPEN', version = version + 1, due_from = :from,
                            due_date = :due, due_days = :days, alert_at = :alert, due_missing_year = :year,
                            overdue_at = null, due_soon_at = null
                        where id = :id""")
                .param("from", Timestamp.from(from))
                .param("due", Date.valueOf(due.dueDate()))
                .param("days", due.days())
                .param("alert", Timestamp.from(due.alertAt()))
                .param("year", due.missingYear())
                .param("id", taskId)
                .update();
    }

    void history(UUID processId, UUID taskId, String nodeId, String action, String actorId, String actorName,
            UUID departmentId, String opinion, Instant at) {
        jdbc.sql("""
                insert into workflow.history (process_id, task_id, node_id, action, actor_id, actor_name, department_id,
                    opinion, at)
                values (:process, :task, :node, :action, :actorId, :actorName, :department, :opinion, :at)""")
                .param("process", processId)
                .param("task", taskId)
                .param("node", nodeId)
                .param("action", action)
                .param("actorId", actorId)
                .param("actorName", actorName)
                .param("department", departmentId)
                .param("opinion", opinion)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<HistoryView> historyOf(UUID processId) {
        return jdbc.sql("""
                select h.at, h.node_id, h.action, h.actor_name, h.department_id, h.opinion, t.node_kind
                from workflow.history h left join workflow.task t on t.id = h.task_id
                where h.process_id = :id order by h.id""")
                .param("id", processId)
                .query((rs, n) -> new HistoryView(rs.getTimestamp("at").toInstant(), rs.getString("node_id"),
                        rs.getString("action"), rs.getString("actor_name"), rs.getObject("department_id", UUID.class),
                        rs.getString("opinion"),
                        rs.getString("node_kind") == null ? null : NodeKind.valueOf(rs.getString("node_kind"))))
                .list();
    }

    /**
     * The inbox of a department within a region subtree, oldest due first, keyset-paged; the
     * SUSPENDED view lists the tasks waiting for a special procedure instead of the workable ones;
     * {@code dueSoon} keeps only the tasks marked due soon (and so the overdue ones too). A state or
     * business keys asked for add their condition to the statement's text, so that the statement
     * without them, and its plan, stay as they were.
     */
    List<Task> inbox(UUID departmentId, String regionPrefix, List<String> roles, String view, UUID officer,
            String itemCode, boolean dueSoon, LocalDate dueBy, LocalDate afterDue, UUID afterId, int limit,
            TaskState state, Collection<String> businessKeys) {
        // A state is an enum constant written into the text: a literal the planner can match against
        // the partial index task_inbox (open and claimed tasks), where a parameter could not be.
        String states = state != null ? "('" + state.name() + "')"
                : view.equals("SUSPENDED") ? "('SUSPENDED')" : "('OPEN', 'CLAIMED')";
        // Each view is its own statement, so that a prepared (generic) plan can still use the view's
        // index: the officer's claimed tasks through task_mine rather than the department's whole inbox.
        String whose = switch (view) {
            case "MINE" -> "and t.assignee_id = :officer";
            case "CLAIMABLE" -> "and t.state = 'OPEN'";
            default -> "";
        };
        if (businessKeys != null) {
            whose += " and p.business_key in (:keys)";
        }
        String sql = TASK + """
                where t.department_id = :department and t.state in %s
                  and t.region_code like :region and t.role in (:roles)
                  %s
                  and (cast(:item as text) is null or t.item_code = :item)
                  and (not cast(:dueSoon as boolean) or t.due_soon_at is not null)
                  and (cast(:dueBy as date) is null or t.due_date <= :dueBy)
                  and (cast(:afterDue as date) is null or (t.due_date, t.id) > (:afterDue, :afterId))
                order by t.due_date, t.id limit :limit""".formatted(states, whose);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("department", departmentId)
                .addValue("region", regionPrefix + "%")
                .addValue("roles", roles)
                .addValue("officer", officer)
                .addValue("item", itemCode)
                .addValue("dueSoon", dueSoon)
                .addValue("dueBy", dueBy == null ? null : Date.valueOf(dueBy))
                .addValue("afterDue", afterDue == null ? null : Date.valueOf(afterDue))
                .addValue("afterId", afterId)
                .addValue("limit", limit);
        if (businessKeys != null) {
            params.addValue("keys", List.copyOf(businessKeys));
        }
        return view.equals("MINE") ? plannedForItsValues(sql, params)
                : jdbc.sql(sql).paramSource(params).query(Store::task).list();
    }

    /**
     * The query planned for its own values on every call (an unnamed statement), never with the
     * generic plan PostgreSQL moves a prepared statement to after five calls. The "mine" view needs
     * it: the generic plan cannot know how many tasks the officer holds, expects one, and joins and
     * sorts all of them (an officer holding 3,333 claimed tasks: 25–50 ms), where the plan for the
     * officer's values reads the first page in order from {@code task_mine} (1.4 ms, plus about 2 ms
     * of planning; docs/benchmarks.md, issue #4, round 10).
     */
    private List<Task> plannedForItsValues(String sql, SqlParameterSource params) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        PreparedStatementCreator creator = new PreparedStatementCreatorFactory(
                        NamedParameterUtils.substituteNamedParameters(parsed, params),
                        NamedParameterUtils.buildSqlParameterList(parsed, params))
                .newPreparedStatementCreator(NamedParameterUtils.buildValueArray(parsed, params, null));
        return jdbcTemplate.query(connection -> {
            PreparedStatement statement = creator.createPreparedStatement(connection);
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            return statement;
        }, Store::task);
    }

    /** A task row with its process's business key. */
    record Task(TaskView view, UUID processId, String regionCode) {}

    private static final String PROCESS = """
            select id, business_key, definition_hash, item_code, place_code, state, current_node, correction_requested,
                   submitted_at, started_at, outcome, promise_from, promise_due_date
            from workflow.process
            """;

    private static final String TASK_COLUMNS = """
            select t.id, p.business_key, t.item_code, t.node_id, t.node_kind, t.department_id, t.role, t.state,
                   t.assignee_id, t.assignee_name, t.outcome, t.opinion, t.created_at, t.due_date, t.version,
                   t.process_id, t.region_code, t.overdue_at, t.due_soon_at
            """;

    private static final String TASK = TASK_COLUMNS + """
            from workflow.task t join workflow.process p on p.id = t.process_id
            """;

    private static Process process(ResultSet rs, int row) throws SQLException {
        return new Process(
                rs.getObject("id", UUID.class),
                rs.getString("business_key"),
                rs.getString("definition_hash"),
                rs.getString("item_code"),
                rs.getString("place_code"),
                rs.getString("state"),
                rs.getString("current_node"),
                rs.getBoolean("correction_requested"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("started_at").toInstant(),
                rs.getString("outcome"),
                rs.getTimestamp("promise_from") != null,
                promisedBy(rs));
    }

    /** The date of the case's promise (null without one, or while one moved here paused has none). */
    private static LocalDate promisedBy(ResultSet rs) throws SQLException {
        Date due = rs.getDate("promise_due_date");
        return due == null ? null : due.toLocalDate();
    }

    private static Task task(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_date");
        TaskView view = new TaskView(
                rs.getObject("id", UUID.class),
                rs.getString("business_key"),
                rs.getString("item_code"),
                rs.getString("node_id"),
                NodeKind.valueOf(rs.getString("node_kind")),
                rs.getObject("department_id", UUID.class),
                Role.valueOf(rs.getString("role")),
                TaskState.valueOf(rs.getString("state")),
                rs.getObject("assignee_id", UUID.class),
                rs.getString("assignee_name"),
                rs.getString("outcome"),
                rs.getString("opinion"),
                rs.getTimestamp("created_at").toInstant(),
                due == null ? null : due.toLocalDate(),
                rs.getInt("version"),
                rs.getTimestamp("overdue_at") != null,
                rs.getTimestamp("due_soon_at") != null);
        return new Task(view, rs.getObject("process_id", UUID.class), rs.getString("region_code"));
    }
}
