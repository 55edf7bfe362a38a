package org.onewindow.workflow.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.WorkflowError;
import org.onewindow.workflow.WorkflowException;
import org.springframework.jdbc.core.SqlParameterValue;
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
 *
 * <p>The statement takes positional parameters, each part's values kept in the order of its
 * {@code ?}s and the parts' values joined in the order of the parts: it is made for every action,
 * and named parameters cost a substitution into the SQL text (and a look-up of each name) on every
 * call. A value used in several parts, such as the process's id, is given once for each of its
 * {@code ?}s. The values that may be null and are given an SQL type (the years of provisional due
 * dates, the promise's alert) carry it in a {@link SqlParameterValue}: a null has no type of its own.
 */
final class Changes {

    private static final String ACCEPTANCE_COLUMNS = ", acceptance_from, acceptance_days, acceptance_due_date,"
            + " acceptance_alert_at, acceptance_missing_year";
    private static final String PROMISE_COLUMNS = ", promise_from, promise_unit, promise_days, promise_due_date,"
            + " promise_alert_at, promise_missing_year";
    private static final String OPEN_STATES = "('OPEN', 'CLAIMED', 'WAITING_CORRECTION', 'SUSPENDED')";

    private final JdbcClient jdbc;
    private final UUID processId;
    private Store.Process inserted;
    private int moves;
    /** The state, node, outcome and end the process's insert or move writes (the last given). */
    private String state;
    private String node;
    private String outcome;
    private Timestamp endedAt;
    private boolean cancelOpenTasks;
    private boolean completes;
    /** The acceptance limit the process's insert or move writes: started (a {@code Due}), ended ({@code null}). */
    private boolean acceptanceWritten;
    private AcceptanceClock.Due acceptance;
    /** The case's promise the process's move starts, and whether the move ends it (the case ends). */
    private CaseClock.Due promise;
    private boolean promiseEnded;
    /** The completion's values, in the order of its statement part's parameters. */
    private UUID completedTask;
    private int completedVersion;
    private List<Object> completion;
    private final StringBuilder tasks = new StringBuilder();
    private final List<Object> taskValues = new ArrayList<>();
    private final StringBuilder history = new StringBuilder();
    private final List<Object> historyValues = new ArrayList<>();
    private int taskCount;
    private int lineCount;
    private final List<TaskView> opened = new ArrayList<>();

    Changes(JdbcClient jdbc, UUID processId) {
        this.jdbc = jdbc;
        this.processId = processId;
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
        this.state = state;
        this.node = node;
        this.outcome = outcome;
        this.endedAt = endedAt == null ? null : Timestamp.from(endedAt);
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
        completedTask = taskId;
        completedVersion = version;
        completion = Arrays.asList(assigneeId, assigneeName, outcome, opinion, Timestamp.from(completedAt));
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
        tasks.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        taskValues.addAll(Arrays.asList(task.id(), processId, task.nodeId(), task.kind().name(),
                task.departmentId(), task.role().name(), regionCode, task.state().name(), task.itemCode(),
                Timestamp.from(task.createdAt()), task.dueDate() == null ? null : Date.valueOf(task.dueDate()),
                due.days(), due.alertAt() == null ? null : Timestamp.from(due.alertAt()),
                new SqlParameterValue(Types.INTEGER, due.missingYear())));
        return this;
    }

    /** Adds a line to the process's history, after those added before it. */
    Changes history(UUID taskId, String nodeId, String action, String actorId, String actorName, UUID departmentId,
            String opinion, Instant at) {
        int i = lineCount++;
        history.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        historyValues.addAll(Arrays.asList(processId, taskId, nodeId, action, actorId, actorName, departmentId,
                opinion, Timestamp.from(at)));
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
        List<Object> values = new ArrayList<>();
        List<String> results = new ArrayList<>();
        if (inserted != null) {
            parts.add("""
                    started as (insert into workflow.process (id, business_key, definition_hash, item_code, place_code,
                        state, current_node, outcome, ended_at, submitted_at, started_at, version%s)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%s))""".formatted(
                    acceptance != null ? ACCEPTANCE_COLUMNS : "", acceptance != null ? ", ?, ?, ?, ?, ?" : ""));
            values.addAll(Arrays.asList(processId, inserted.businessKey(), inserted.definitionHash(),
                    inserted.itemCode(), inserted.placeCode(), state, node, outcome, endedAt,
                    Timestamp.from(inserted.submittedAt()), Timestamp.from(inserted.startedAt()), moves));
            if (acceptance != null) {
                values.addAll(acceptanceValues());
            }
        } else if (moves > 0 || acceptanceWritten || promise != null || promiseEnded) {
            List<Object> limitValues = new ArrayList<>();
            if (acceptanceWritten && acceptance != null) {
                limitValues.addAll(acceptanceValues());
            }
            String limit = (!acceptanceWritten ? ""
                    : acceptance == null ? ", acceptance_alert_at = null"
                    : ", (%s) = (?, ?, ?, ?, ?)".formatted(ACCEPTANCE_COLUMNS.substring(2)))
                    + promiseWrite(limitValues);
            if (moves == 0) {
                parts.add("moved as (update workflow.process set %s where id = ?)".formatted(limit.substring(2)));
            } else {
                parts.add("""
                        moved as (update workflow.process set state = ?, current_node = ?, outcome = ?,
                            ended_at = ?, version = version + ?%s where id = ?)""".formatted(limit));
                values.addAll(Arrays.asList(state, node, outcome, endedAt, moves));
            }
            values.addAll(limitValues);
            values.add(processId);
        }
        if (completes) {
            parts.add("""
                    completed as (update workflow.task set state = 'COMPLETED', assignee_id = ?,
                        assignee_name = ?, outcome = ?, opinion = ?, completed_at = ?,
                        version = version + 1
                    where id = ? and version = ? returning id)""");
            values.addAll(completion);
            values.add(completedTask);
            values.add(completedVersion);
            results.add("select true as completed, id from completed");
        }
        if (cancelOpenTasks) {
            parts.add("""
                    cancelled as (update workflow.task set state = 'CANCELLED', version = version + 1
                        where process_id = ? and state in %s%s returning id)""".formatted(OPEN_STATES,
                    completes ? " and id <> ?" : ""));
            values.add(processId);
            if (completes) {
                values.add(completedTask);
            }
            results.add("select false as completed, id from cancelled");
        }
        if (taskCount > 0) {
            parts.add("""
                    tasks as (insert into workflow.task (id, process_id, node_id, node_kind, department_id, role,
                        region_code, state, item_code, created_at, due_date, due_days, alert_at, due_missing_year)
                    values\s""" + tasks + ")");
            values.addAll(taskValues);
        }
        if (lineCount > 0) {
            parts.add("""
                    lines as (insert into workflow.history (process_id, task_id, node_id, action, actor_id, actor_name,
                        department_id, opinion, at)
                    values\s""" + history + ")");
            values.addAll(historyValues);
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        // The parts are independent writes, none reading another's rows (the references of tasks and lines to a
        // process inserted here are checked at the statement's end): their order in it does not matter. Each part's
        // values were added right after it, so the values follow the parameters' order in the text.
        List<Written> written = jdbc.sql("with " + String.join(",\n", parts) + "\n" + (results.isEmpty()
                        ? "select true as completed, null::uuid as id where false"
                        : String.join("\nunion all ", results)))
                .params(values)
                .query((rs, n) -> new Written(rs.getBoolean("completed"), rs.getObject("id", UUID.class)))
                .list();
        if (completes && written.stream().noneMatch(Written::completed)) {
            throw new WorkflowException(WorkflowError.TASK_CHANGED);
        }
        return written.stream().filter(w -> !w.completed()).map(Written::taskId).toList();
    }

    /** The values of the acceptance columns the process's insert or move writes, in their order. */
    private List<Object> acceptanceValues() {
        return Arrays.asList(Timestamp.from(acceptance.from()), acceptance.days(),
                Date.valueOf(acceptance.dueDate()), Timestamp.from(acceptance.alertAt()),
                new SqlParameterValue(Types.INTEGER, acceptance.missingYear()));
    }

    /**
     * The promise columns the process's move writes: started (its alert null if the move ends it too), or ended;
     * their values go to the list given, in their order.
     */
    private String promiseWrite(List<Object> values) {
        if (promise != null) {
            values.addAll(Arrays.asList(Timestamp.from(promise.from()), promise.limit().unit().name(),
                    promise.limit().amount(), Date.valueOf(promise.dueDate()),
                    new SqlParameterValue(Types.TIMESTAMP, promiseEnded ? null : Timestamp.from(promise.alertAt())),
                    new SqlParameterValue(Types.INTEGER, promiseEnded ? null : promise.missingYear())));
            return ", (%s) = (?, ?, ?, ?, ?, ?)".formatted(PROMISE_COLUMNS.substring(2));
        }
        // The year of a provisional due date goes too: a finished promise is not recalculated.
        return promiseEnded ? ", promise_alert_at = null, promise_missing_year = null" : "";
    }

    /** A task the statement completed or cancelled. */
    private record Written(boolean completed, UUID taskId) {}
}
