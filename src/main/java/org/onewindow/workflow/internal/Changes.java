package org.onewindow.workflow.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.WorkflowError;
import org.onewindow.workflow.WorkflowException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one action writes to its process's rows: the process (new, or moved to its next state),
 * the completion of the officer's task, the cancelling of the other open tasks, its new tasks and
 * its history lines, collected as the action goes and made in one statement at its end
 * ({@link #apply}), the history lines in the order given.
 *
 * <p>One statement sees one snapshot: the cancelling does not touch the tasks the same changes
 * insert nor the one they complete, and a process is moved once (the last state given is the one
 * written; a process inserted by the same changes is inserted in that state). A completion whose
 * task is no longer at the officer's version fails the action ({@code task_changed}): its
 * transaction, and with it everything the action did, is rolled back.
 */
final class Changes {

    private static final String ACCEPTANCE_COLUMNS = ", acceptance_from, acceptance_days, acceptance_due_date,"
            + " acceptance_alert_at, acceptance_missing_year";
    private static final String PROMISE_COLUMNS = ", promise_from, promise_unit, promise_days, promise_due_date,"
            + " promise_alert_at, promise_missing_year";
    private static final String OPEN_STATES = "('OPEN', 'CLAIMED', 'WAITING_CORRECTION', 'SUSPENDED')";

    private final JdbcClient jdbc;
    private final UUID processId;
    private final MapSqlParameterSource params;
    private Store.Process inserted;
    private int moves;
    private boolean cancelOpenTasks;
    private boolean completes;
    /** The acceptance limit the process's insert or move writes: started (a {@code Due}), ended ({@code null}). */
    private boolean acceptanceWritten;
    private AcceptanceClock.Due acceptance;
    /** The case's promise the process's move starts, and whether the move ends it (the case ends). */
    private CaseClock.Due promise;
    private boolean promiseEnded;
    private final StringBuilder tasks = new StringBuilder();
    private final StringBuilder history = new StringBuilder();
    private int taskCount;
    private int lineCount;
    private final List<TaskView> opened = new ArrayList<>();

    Changes(JdbcClient jdbc, UUID processId) {
        this.jdbc = jdbc;
        this.processId = processId;
        this.params = new MapSqlParameterSource().addValue("process", processId);
    }

    /** Inserts the process (whose id these changes were made for). */
    Changes insert(Store.Process process) {
        if (!process.id().equals(processId) || inserted != null || moves > 0) {
            throw new IllegalStateException("The process is inserted once, before it moves");
        }
        inserted = process;
        return move(process.state(), process.currentNode(), process.outcome(), null, false);
    }

    /** Moves the process to a state and node (null once it has ended), with its outcome and end. */
    Changes move(String state, String node, String outcome, Instant endedAt) {
        return move(state, node, outcome, endedAt, true);
    }

    private Changes move(String state, String node, String outcome, Instant endedAt, boolean counted) {
        params.addValue("state", state)
                .addValue("node", node)
                .addValue("outcome", outcome)
                .addValue("ended", endedAt == null ? null : Timestamp.from(endedAt));
        moves += counted ? 1 : 0;
        return this;
    }

    /**
     * Starts the process's acceptance limit (its row's acceptance columns), written by its insert or
     * move.
     */
    Changes acceptance(AcceptanceClock.Due due) {
        acceptanceWritten = true;
        acceptance = due;
        params.addValue("aFrom", Timestamp.from(due.from()))
                .addValue("aDays", due.days())
                .addValue("aDue", Date.valueOf(due.dueDate()))
                .addValue("aAlert", Timestamp.from(due.alertAt()))
                .addValue("aYear", due.missingYear(), java.sql.Types.INTEGER);
        return this;
    }

    /**
     * Ends the process's acceptance limit (accepted, refused, deemed or withdrawn), by its move: the
     * sweeper no longer looks at it. Nothing changes if it had ended (the move stays heap-only).
     */
    Changes acceptanceEnded() {
        acceptanceWritten = true;
        acceptance = null;
        return this;
    }

    /**
     * Starts the case's promised limit (its row's promise columns), written by the process's move; a
     * move that also ends it (a case accepted and ended in one action) writes it finished.
     */
    Changes promise(CaseClock.Due due) {
        promise = due;
        params.addValue("pFrom", Timestamp.from(due.from()))
                .addValue("pUnit", due.limit().unit().name())
                .addValue("pDays", due.limit().amount())
                .addValue("pDue", Date.valueOf(due.dueDate()));
        return this;
    }

    /**
     * Ends the case's promised limit as the case ends, by the process's move (its {@code ended_at} is
     * the promise's finishing time): the sweeper no longer looks at it.
     */
    Changes promiseEnded() {
        promiseEnded = true;
        return this;
    }

    /** Completes the officer's task as its outcome, if it is still at the version the officer saw. */
    Changes complete(UUID taskId, int version, UUID assigneeId, String assigneeName, String outcome, String opinion,
            Instant completedAt) {
        if (completes) {
            throw new IllegalStateException("An action completes one task");
        }
        completes = true;
        params.addValue("cTask", taskId)
                .addValue("cVersion", version)
                .addValue("cAssignee", assigneeId)
                .addValue("cName", assigneeName)
                .addValue("cOutcome", outcome)
                .addValue("cOpinion", opinion)
                .addValue("cAt", Timestamp.from(completedAt));
        return this;
    }

    /** Cancels the process's tasks still open, waiting for a correction or suspended (not those inserted here). */
    Changes cancelOpenTasks() {
        cancelOpenTasks = true;
        return this;
    }

    /**
     * Inserts a task of the process, in the region given, with its due data (its due date is the
     * task's {@link TaskView#dueDate()}).
     */
    Changes insertTask(TaskView task, String regionCode, TaskClock.Due due) {
        int i = taskCount++;
        opened.add(task);
        tasks.append(i == 0 ? "" : ", ").append("""
                (:t%1$d, :process, :tNode%1$d, :tKind%1$d, :tDepartment%1$d, :tRole%1$d, :tRegion%1$d, :tState%1$d,
                    :tItem%1$d, :tAt%1$d, :tDue%1$d, :tDays%1$d, :tAlert%1$d, :tYear%1$d)""".formatted(i));
        params.addValue("t" + i, task.id())
                .addValue("tNode" + i, task.nodeId())
                .addValue("tKind" + i, task.kind().name())
                .addValue("tDepartment" + i, task.departmentId())
                .addValue("tRole" + i, task.role().name())
                .addValue("tRegion" + i, regionCode)
                .addValue("tState" + i, task.state().name())
                .addValue("tItem" + i, task.itemCode())
                .addValue("tAt" + i, Timestamp.from(task.createdAt()))
                .addValue("tDue" + i, task.dueDate() == null ? null : Date.valueOf(task.dueDate()))
                .addValue("tDays" + i, due.days())
                .addValue("tAlert" + i, due.alertAt() == null ? null : Timestamp.from(due.alertAt()))
                .addValue("tYear" + i, due.missingYear(), java.sql.Types.INTEGER);
        return this;
    }

    /** Adds a line to the process's history, after those added before it. */
    Changes history(UUID taskId, String nodeId, String action, String actorId, String actorName, UUID departmentId,
            String opinion, Instant at) {
        int i = lineCount++;
        history.append(i == 0 ? "" : ", ").append("""
                (:process, :hTask%1$d, :hNode%1$d, :hAction%1$d, :hActorId%1$d, :hActorName%1$d, :hDepartment%1$d,
                    :hOpinion%1$d, :hAt%1$d)""".formatted(i));
        params.addValue("hTask" + i, taskId)
                .addValue("hNode" + i, nodeId)
                .addValue("hAction" + i, action)
                .addValue("hActorId" + i, actorId)
                .addValue("hActorName" + i, actorName)
                .addValue("hDepartment" + i, departmentId)
                .addValue("hOpinion" + i, opinion)
                .addValue("hAt" + i, Timestamp.from(at));
        return this;
    }

    /** The tasks these changes insert, in the order given. */
    List<TaskView> opened() {
        return List.copyOf(opened);
    }

    /**
     * Makes the changes in one statement (nothing if there are none); returns the ids of the tasks
     * it cancelled.
     *
     * @throws WorkflowException {@code task_changed} if the task to complete was changed meanwhile
     */
    List<UUID> apply() {
        List<String> parts = new ArrayList<>();
        List<String> results = new ArrayList<>();
        if (inserted != null) {
            params.addValue("key", inserted.businessKey())
                    .addValue("hash", inserted.definitionHash())
                    .addValue("item", inserted.itemCode())
                    .addValue("place", inserted.placeCode())
                    .addValue("submitted", Timestamp.from(inserted.submittedAt()))
                    .addValue("started", Timestamp.from(inserted.startedAt()))
                    .addValue("moves", moves);
            parts.add("""
                    started as (insert into workflow.process (id, business_key, definition_hash, item_code, place_code,
                        state, current_node, outcome, ended_at, submitted_at, started_at, version%s)
                    values (:process, :key, :hash, :item, :place, :state, :node, :outcome, :ended, :submitted, :started,
                        :moves%s))""".formatted(acceptance != null ? ACCEPTANCE_COLUMNS : "",
                    acceptance != null ? ", :aFrom, :aDays, :aDue, :aAlert, :aYear" : ""));
        } else if (moves > 0 || acceptanceWritten || promise != null || promiseEnded) {
            params.addValue("moves", moves);
            String limit = (!acceptanceWritten ? ""
                    : acceptance == null ? ", acceptance_alert_at = null"
                    : ", (%s) = (:aFrom, :aDays, :aDue, :aAlert, :aYear)".formatted(ACCEPTANCE_COLUMNS.substring(2)))
                    + promiseWrite();
            parts.add(moves == 0
                    ? "moved as (update workflow.process set %s where id = :process)".formatted(limit.substring(2))
                    : """
                    moved as (update workflow.process set state = :state, current_node = :node, outcome = :outcome,
                        ended_at = :ended, version = version + :moves%s where id = :process)""".formatted(limit));
        }
        if (completes) {
            parts.add("""
                    completed as (update workflow.task set state = 'COMPLETED', assignee_id = :cAssignee,
                        assignee_name = :cName, outcome = :cOutcome, opinion = :cOpinion, completed_at = :cAt,
                        version = version + 1
                    where id = :cTask and version = :cVersion returning id)""");
            results.add("select true as completed, id from completed");
        }
        if (cancelOpenTasks) {
            parts.add("""
                    cancelled as (update workflow.task set state = 'CANCELLED', version = version + 1
                        where process_id = :process and state in %s%s returning id)""".formatted(OPEN_STATES,
                    completes ? " and id <> :cTask" : ""));
            results.add("select false as completed, id from cancelled");
        }
        if (taskCount > 0) {
            parts.add("""
                    tasks as (insert into workflow.task (id, process_id, node_id, node_kind, department_id, role,
                        region_code, state, item_code, created_at, due_date, due_days, alert_at, due_missing_year)
                    values\s""" + tasks + ")");
        }
        if (lineCount > 0) {
            parts.add("""
                    lines as (insert into workflow.history (process_id, task_id, node_id, action, actor_id, actor_name,
                        department_id, opinion, at)
                    values\s""" + history + ")");
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        // The parts are independent writes, none reading another's rows (the references of tasks and lines to a
        // process inserted here are checked at the statement's end): their order in it does not matter.
        List<Written> written = jdbc.sql("with " + String.join(",\n", parts) + "\n" + (results.isEmpty()
                        ? "select true as completed, null::uuid as id where false"
                        : String.join("\nunion all ", results)))
                .paramSource(params)
                .query((rs, n) -> new Written(rs.getBoolean("completed"), rs.getObject("id", UUID.class)))
                .list();
        if (completes && written.stream().noneMatch(Written::completed)) {
            throw new WorkflowException(WorkflowError.TASK_CHANGED);
        }
        return written.stream().filter(w -> !w.completed()).map(Written::taskId).toList();
    }

    /** The promise columns the process's move writes: started (its alert null if the move ends it too), or ended. */
    private String promiseWrite() {
        if (promise != null) {
            params.addValue("pAlert", promiseEnded ? null : Timestamp.from(promise.alertAt()),
                    java.sql.Types.TIMESTAMP)
                    .addValue("pYear", promiseEnded ? null : promise.missingYear(), java.sql.Types.INTEGER);
            return ", (%s) = (:pFrom, :pUnit, :pDays, :pDue, :pAlert, :pYear)".formatted(PROMISE_COLUMNS.substring(2));
        }
        // The year of a provisional due date goes too: a finished promise is not recalculated.
        return promiseEnded ? ", promise_alert_at = null, promise_missing_year = null" : "";
    }

    /** A task the statement completed or cancelled. */
    private record Written(boolean completed, UUID taskId) {}
}
