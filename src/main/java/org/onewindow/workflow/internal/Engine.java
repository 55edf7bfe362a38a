package org.onewindow.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.catalog.Processing;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.TimeOrderedIds;
import org.onewindow.shared.WorkingDayCalendar;
import org.onewindow.workflow.ActionOutcome;
import org.onewindow.workflow.CaseAccepted;
import org.onewindow.workflow.CaseDecided;
import org.onewindow.workflow.CaseExtended;
import org.onewindow.workflow.CaseNotAccepted;
import org.onewindow.workflow.CaseResumed;
import org.onewindow.workflow.CaseSuspended;
import org.onewindow.workflow.CorrectionRequested;
import org.onewindow.workflow.ExtensionView;
import org.onewindow.workflow.HistoryView;
import org.onewindow.workflow.InboxQuery;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.ProcessView;
import org.onewindow.workflow.StartedProcess;
import org.onewindow.workflow.StepView;
import org.onewindow.workflow.SuspensionView;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskCompleted;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskState;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.WorkflowError;
import org.onewindow.workflow.WorkflowException;
import org.onewindow.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine: every action is one transaction that locks its process row, checks the task's
 * version, the officer's scope and the step's rules, then writes the task, the history, the audit
 * entry and the events together; a refused action changes nothing.
 */
@Service
class Engine implements Workflows, TaskDesk {

    /** One extension of a licence decision: 10 working days (行政许可法 Art. 42 ¶1). */
    static final int EXTENSION_DAYS = 10;
    /** Joint processing (45 working days) extends by 15 at most (Art. 42 ¶2). */
    static final int JOINT_EXTENSION_DAYS = 15;
    /** The longest a joint case's limit may be with its extension: 45 + 15 working days (Art. 42 ¶2). */
    static final int JOINT_CEILING_DAYS = Processing.JOINT_STATUTORY_WORKING_DAYS + JOINT_EXTENSION_DAYS;
    /** The outcome of a process the applicant ended by withdrawing the application. */
    static final String WITHDRAWN = "WITHDRAWN";

    private final Templates templates;
    private final Definitions definitions;
    private final Store store;
    private final Extensions extensions;
    private final Suspensions suspensions;
    private final CaseClock caseClock;
    private final TaskClock taskClock;
    private final AcceptanceClock acceptanceClock;
    private final Departments departments;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Engine(
            Templates templates,
            Definitions definitions,
            Store store,
            Extensions extensions,
            Suspensions suspensions,
            CaseClock caseClock,
            TaskClock taskClock,
            AcceptanceClock acceptanceClock,
            Departments departments,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.templates = templates;
        this.definitions = definitions;
        this.store = store;
        this.extensions = extensions;
        this.suspensions = suspensions;
        this.caseClock = caseClock;
        this.taskClock = taskClock;
        this.acceptanceClock = acceptanceClock;
        this.departments = departments;
        this.calendar = WorkingDayCalendar.fromClasspath();
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean routable(String itemCode, DivisionCode place) {
        Optional<ServiceItem> item = templates.catalog().item(itemCode);
        if (item.isEmpty()) {
            return false;
        }
        try {
            for (Definition.Node node : templates.compile(item.get()).nodes()) {
                node.departments().forEach(ref -> resolve(ref, place));
            }
            return true;
        } catch (WorkflowException e) {
            return false;
        }
    }

    @Override
    @Transactional
    public StartedProcess start(String businessKey, String itemCode, DivisionCode place, Instant submittedAt) {
        ServiceItem item = templates.catalog().item(itemCode)
                .orElseThrow(() -> new WorkflowException(WorkflowError.DEFINITION_INVALID));
        Instant now = clock.instant();
        Definition definition = templates.compile(item);
        for (Definition.Node node : definition.nodes()) {
            node.departments().forEach(ref -> resolve(ref, place));
        }
        String hash = definitions.store(definition, now);
        Definition.Node first = definition.nodes().getFirst();
        Store.Process process = new Store.Process(TimeOrderedIds.at(now), businessKey, hash, itemCode,
                place == null ? null : place.value(), "RUNNING", first.id(), false, submittedAt, now, null, false,
                null);
        // The process with its acceptance limit (5 working days from submission), its first history line and its
        // first step's tasks with their due dates: one statement, at the end.
        Changes changes = store.changes(process.id()).insert(process)
                .acceptance(acceptanceClock.start(submittedAt))
                .history(null, null, "STARTED", "system", "一窗通办", null, "definition " + hash.substring(0, 12), now);
        enter(process, definition, first, changes, now);
        apply(changes);
        return new StartedProcess(process.view(), changes.opened());
    }

    @Override
    @Transactional
    public void correctionSubmitted(String businessKey) {
        Store.Process process = locked(businessKey);
        Store.Task waiting = store.tasksOfProcess(process.id()).stream()
                .filter(t -> t.view().state() == TaskState.WAITING_CORRECTION)
                .findFirst()
                .orElseThrow(() -> new WorkflowException(WorkflowError.ACTION_NOT_ALLOWED));
        Instant now = clock.instant();
        // The clock stopped while the applicant corrected: the acceptance task's limit starts again from the
        // resubmission, counted as a new acceptance task's (an overdue mark from before goes).
        Definition.Node node = definitions.byHash(process.definitionHash()).node(waiting.view().nodeId()).orElseThrow();
        store.reopen(waiting.view().id(), now, taskClock.start(node.limitDays(), now));
        // A new acceptance limit of 5 working days from the resubmission, written by the process's move.
        apply(store.changes(process.id())
                .move("RUNNING", process.currentNode(), null, null)
                .acceptance(acceptanceClock.start(now))
                .history(waiting.view().id(), waiting.view().nodeId(), "RESUBMITTED", "applicant", "申请人", null, null,
                        now));
    }

    @Override
    @Transactional
    public void terminate(String businessKey, String reason) {
        Store.Process process = locked(businessKey);
        if (process.outcome() != null) {
            throw new WorkflowException(WorkflowError.PROCESS_FINISHED);
        }
        Instant now = clock.instant();
        Changes changes = store.changes(process.id());
        cancelOpen(process, changes, now);
        apply(changes.move("TERMINATED", null, WITHDRAWN, now)
                .acceptanceEnded()
                .promiseEnded()
                .history(null, null, "TERMINATED", "applicant", "申请人", null, reason, now));
    }

    @Override
    public Optional<ProcessView> process(String businessKey) {
        return store.processByKey(businessKey).map(Store.Process::view);
    }

    @Override
    public List<TaskView> tasksOf(String businessKey) {
        return store.tasksOfKey(businessKey).stream().map(Store.Task::view).toList();
    }

    @Override
    public List<HistoryView> history(String businessKey) {
        return store.processByKey(businessKey).map(p -> store.historyOf(p.id())).orElse(List.of());
    }

    @Override
    public List<TaskView> inbox(OneWindowUser officer, InboxQuery query) {
        List<String> roles = officer.roles().stream().map(Role::name).toList();
        if (officer.scope() == null || roles.isEmpty() || !query.viewAllowsState()
                || (query.businessKeys() != null && query.businessKeys().isEmpty())) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        LocalDate dueBy = switch (query.urgency()) {
            case ALL -> null;
            case DUE_SOON -> null;
            case OVERDUE -> today.minusDays(1);
        };
        boolean head = officer.roles().contains(Role.DEPARTMENT_HEAD);
        List<String> visibleRoles = head ? List.of(Role.values()).stream().map(Role::name).toList() : roles;
        return store.inbox(officer.scope().departmentId(), regionPrefix(officer.scope().region()), visibleRoles,
                        query.view().name(), officer.id(), query.itemCode(),
                        query.urgency() == InboxQuery.Urgency.DUE_SOON, dueBy, query.afterDue(), query.afterId(),
                        query.limit(), query.state() == null ? null : query.state().taskState(), query.businessKeys())
                .stream()
                .map(Store.Task::view)
                .toList();
    }

    @Override
    public TaskView task(OneWindowUser officer, UUID taskId) {
        return visible(officer, taskId).view();
    }

    @Override
    @Transactional
    public TaskView claim(OneWindowUser officer, UUID taskId, int version) {
        Store.Task task = workable(officer, taskId);
        if (task.view().state() != TaskState.OPEN) {
            throw notWorkable(task);
        }
        change(task, version, TaskState.CLAIMED, officer.id(), officer.name(), null, null, null);
        record(store.changes(task.processId()), task, officer, "CLAIMED", null);
        return store.task(taskId).orElseThrow().view();
    }

    @Override
    @Transactional
    public TaskView release(OneWindowUser officer, UUID taskId, int version) {
        Store.Task task = inScope(officer,
                store.task(taskId).orElseThrow(() -> new WorkflowException(WorkflowError.TASK_NOT_FOUND)));
        TaskView view = task.view();
        boolean own = officer.id().equals(view.assigneeId());
        // The assignee gives the task back; the head of the department may take back anyone's claim (an officer
        // away), so that a claimed task never waits on one person.
        boolean head = officer.roles().contains(Role.DEPARTMENT_HEAD);
        if (!own && !head && !officer.roles().contains(view.role())) {
            throw denied(officer, view.id(), WorkflowError.ACTION_NOT_ALLOWED, "lacks role " + view.role());
        }
        if (view.state() != TaskState.CLAIMED) {
            throw notWorkable(task);
        }
        if (!own && !head) {
            throw new WorkflowException(WorkflowError.TASK_CLAIMED_BY_OTHER);
        }
        change(task, version, TaskState.OPEN, null, null, null, null, null);
        record(store.changes(task.processId()), task, officer, "RELEASED",
                own ? null : "收回" + view.assigneeName() + "的签收");
        return store.task(taskId).orElseThrow().view();
    }

    @Override
    @Transactional
    public TaskView act(OneWindowUser officer, UUID taskId, int version, TaskAction action) {
        return perform(officer, taskId, version, action).task();
    }

    @Override
    @Transactional
    public ActionOutcome perform(OneWindowUser officer, UUID taskId, int version, TaskAction action) {
        // The task, read as its process is locked: one statement, and actions on one case happen one at a time.
        Store.Locked locked = store.taskLockingProcess(taskId)
                .orElseThrow(() -> new WorkflowException(WorkflowError.TASK_NOT_FOUND));
        Store.Task task = switch (action) {
            case TaskAction.ApproveExtension a -> headOf(officer, locked.task());
            case TaskAction.RejectExtension r -> headOf(officer, locked.task());
            case TaskAction.Resume r -> suspended(officer, locked.task());
            default -> workable(officer, locked.task());
        };
        Store.Process process = locked.process();
        // The action's writes to the process, its new tasks and its history: one statement, at the end.
        Changes changes = store.changes(process.id());
        Definition definition = definitions.byHash(process.definitionHash());
        Definition.Node node = definition.node(task.view().nodeId()).orElseThrow();
        Instant now = clock.instant();
        Rules.check(node.kind(), action, process, calendar, now);
        TaskView after = null;
        boolean lineWritten = false;
        String opinion = Rules.opinionOf(action);
        String auditedAs = name(action);
        switch (action) {
            case TaskAction.Accept accept -> {
                // The acceptance limit ends with the process's move.
                after = finish(process, task, version, officer, "ACCEPTED", accept.opinion(), changes, now).task();
                changes.acceptanceEnded();
                // The case's promised limit starts with the process's move as the next step is entered.
                LocalDate promisedBy = promise(process, changes, now);
                advance(process, definition, node, changes, now);
                events.publishEvent(new CaseAccepted(process.businessKey(), task.view().departmentId(), false,
                        promisedBy));
            }
            case TaskAction.RefuseToAccept refuse -> {
                after = finish(process, task, version, officer, "NOT_ACCEPTED", refuse.reason(), changes, now).task();
                end(process, "NOT_ACCEPTED", changes, now);
                events.publishEvent(new CaseNotAccepted(process.businessKey(), refuse.reason()));
            }
            case TaskAction.RequestCorrection correction -> {
                change(task, version, TaskState.WAITING_CORRECTION, officer.id(), officer.name(), null,
                        String.join("；", correction.missing()), null);
                // The acceptance limit ends with this move of the process; the resubmission starts a new one.
                store.markCorrectionRequested(process.id());
                events.publishEvent(new CorrectionRequested(process.businessKey(), List.copyOf(correction.missing())));
            }
            case TaskAction.Approve approve -> {
                // A branch approved while others are open causes nothing more: its line is written as it completes.
                Finished finished = finish(process, task, version, officer, "APPROVED", approve.opinion(), changes, now,
                        new Store.Line(name(action), officer.id().toString(), officer.name(),
                                task.view().departmentId(), Rules.opinionOf(action)));
                after = finished.task();
                lineWritten = finished.lineWritten();
                if (node.kind() == NodeKind.DECIDE) {
                    decide(process, definition, node, true, approve.opinion(), changes, now);
                } else if (node.kind() != NodeKind.PARALLEL || !finished.othersOpen()) {
                    // A parallel step moves on with its last branch.
                    advance(process, definition, node, changes, now);
                }
            }
            case TaskAction.Reject reject -> {
                String reason = Rules.rejection(reject);
                after = finish(process, task, version, officer, "REJECTED", reason, changes, now).task();
                if (node.kind() == NodeKind.DECIDE) {
                    decide(process, definition, node, false, reason, changes, now);
                } else {
                    cancelOpen(process, changes, now);
                    advance(process, definition, node, changes, now);
                }
            }
            case TaskAction.ReturnTo back -> {
                if (definition.workableBefore(node.id()).stream().noneMatch(n -> n.id().equals(back.nodeId()))) {
                    throw new WorkflowException(WorkflowError.NODE_NOT_EARLIER);
                }
                after = finish(process, task, version, officer, "RETURNED", back.reason(), changes, now).task();
                cancelOpen(process, changes, now);
                enter(process, definition, definition.node(back.nodeId()).orElseThrow(), changes, now);
            }
            case TaskAction.Transfer transfer -> {
                Department target = Optional.ofNullable(transfer.departmentId()).flatMap(departments::byId)
                        .orElseThrow(() -> new WorkflowException(WorkflowError.DEPARTMENT_NOT_FOUND));
                if (target.id().equals(task.view().departmentId())) {
                    throw new WorkflowException(WorkflowError.TRANSFER_SAME_DEPARTMENT);
                }
                // A parallel step has one branch per department: a department already working (or done with) another
                // branch of the step would hold two, and the join would count its opinion twice.
                if (task.view().kind() == NodeKind.PARALLEL && store.tasksOfKey(process.businessKey()).stream()
                        .map(Store.Task::view)
                        .anyMatch(other -> other.nodeId().equals(task.view().nodeId())
                                && other.departmentId().equals(target.id()) && other.state() != TaskState.CANCELLED)) {
                    throw new WorkflowException(WorkflowError.TRANSFER_BRANCH_EXISTS);
                }
                // The task's region follows its new department, as a new task's would: otherwise a task moved to
                // another district's department would lie outside every scope that could see it.
                if (!store.transferTask(task.view().id(), version, target.id(), regionOf(target, placeOf(process)))) {
                    throw new WorkflowException(WorkflowError.TASK_CHANGED);
                }
                opinion = "转办至" + target.name() + "：" + opinion;
                auditedAs = auditedAs + " to " + target.code();
            }
            case TaskAction.RequestExtension request -> {
                if (!caseClock.caseLimitActive(process)) {
                    throw new WorkflowException(WorkflowError.EXTENSION_NOT_APPLICABLE);
                }
                extensions.current(process.id()).ifPresent(current -> {
                    throw new WorkflowException(current.pending()
                            ? WorkflowError.EXTENSION_PENDING
                            : WorkflowError.EXTENSION_ALREADY_GRANTED);
                });
                // A joint case's limit stays within 45 + 15 working days: the extension is trimmed to what is left.
                int days = joint(definition)
                        ? caseClock.withinCeiling(process, extensionDays(definition), JOINT_CEILING_DAYS)
                        : extensionDays(definition);
                touch(task, version);
                extensions.request(task, officer, request.reason(), days, now);
            }
            case TaskAction.ApproveExtension approve -> {
                ExtensionView pending = pendingOn(task, officer);
                touch(task, version);
                extensions.decide(pending.id(), true, officer, approve.opinion(), now);
                LocalDate promisedBy = caseClock.extend(process, pending.days());
                events.publishEvent(new CaseExtended(process.businessKey(), pending.days(), pending.reason(),
                        promisedBy));
            }
            case TaskAction.RejectExtension reject -> {
                ExtensionView pending = pendingOn(task, officer);
                touch(task, version);
                extensions.decide(pending.id(), false, officer, reject.reason(), now);
            }
            case TaskAction.Suspend suspend -> {
                if (suspensions.active(process.id()).isPresent()) {
                    throw new WorkflowException(WorkflowError.SUSPENSION_ACTIVE);
                }
                change(task, version, TaskState.SUSPENDED, task.view().assigneeId(), task.view().assigneeName(), null,
                        null, null);
                UUID suspension = suspensions.start(task, officer, suspend.kind(), suspend.reason(), now);
                caseClock.pause(process);
                events.publishEvent(new CaseSuspended(process.businessKey(), suspension, suspend.kind(),
                        suspend.reason()));
            }
            case TaskAction.Resume resume -> {
                SuspensionView active = suspensions.active(process.id())
                        .filter(s -> s.taskId().equals(task.view().id()))
                        .orElseThrow(() -> new WorkflowException(WorkflowError.NOT_SUSPENDED));
                change(task, version, task.view().assigneeId() == null ? TaskState.OPEN : TaskState.CLAIMED,
                        task.view().assigneeId(), task.view().assigneeName(), null, null, null);
                suspensions.end(process.id(), officer.id().toString(), officer.name(), now);
                LocalDate promisedBy = caseClock.resume(process, task);
                events.publishEvent(new CaseResumed(process.businessKey(), active.id(), active.kind(), promisedBy));
            }
        }
        if (lineWritten) {
            apply(changes);
            audited(task, officer, auditedAs);
        } else {
            record(changes, task, officer, name(action), opinion, auditedAs);
        }
        return new ActionOutcome(after != null ? after : store.task(taskId).orElseThrow().view(), changes.opened());
    }

    @Override
    public List<StepView> returnTargets(OneWindowUser officer, UUID taskId) {
        TaskView task = visible(officer, taskId).view();
        Definition definition = store.processByKey(task.businessKey())
                .map(p -> definitions.byHash(p.definitionHash()))
                .orElseThrow(() -> new WorkflowException(WorkflowError.PROCESS_NOT_FOUND));
        return definition.workableBefore(task.nodeId()).stream().map(n -> new StepView(n.id(), n.kind())).toList();
    }

    @Override
    public List<ExtensionView> extensions(OneWindowUser officer, UUID taskId) {
        return extensions.ofProcess(visible(officer, taskId).processId());
    }

    @Override
    public List<SuspensionView> suspensions(OneWindowUser officer, UUID taskId) {
        return suspensions.ofProcess(visible(officer, taskId).processId());
    }

    @Override
    public List<ExtensionView> pendingExtensions(OneWindowUser head) {
        if (head.scope() == null || !head.roles().contains(Role.DEPARTMENT_HEAD)) {
            return List.of();
        }
        return extensions.pendingIn(head.scope().departmentId(), regionPrefix(head.scope().region()));
    }

    /**
     * Deems the case accepted when nobody decided on it within 5 working days of submission, or of a
     * corrected application's resubmission (the sweeper's call, in a transaction of its own, once the
     * process's acceptance limit has passed): under the process's lock, only if the limit still counts
     * and has passed, so that two sweepers deem it once. The accepting department is flagged with a
     * supervision item in the same transaction, as {@code CaseAccepted(deemed)} is published
     * ({@link SupervisionDesk#on(CaseAccepted)}).
     *
     * @return whether the case was deemed accepted
     */
    @Transactional
    boolean deemAccepted(UUID processId) {
        Instant now = clock.instant();
        Store.Process process = store.lockAwaitingAcceptance(processId, LocalDate.ofInstant(now, ChinaTime.ZONE))
                .orElse(null);
        if (process == null) {
            return false;
        }
        String businessKey = process.businessKey();
        Optional<Store.Task> accept = process.outcome() != null ? Optional.empty()
                : store.tasksOfProcess(process.id()).stream()
                        .filter(t -> t.view().kind() == NodeKind.ACCEPT && t.view().state().workable())
                        .findFirst();
        if (accept.isEmpty()) {
            store.endAcceptance(process.id());
            return false;
        }
        // Received: the submission, or the corrected application's resubmission, which the limit counted from.
        Store.Acceptance limit = store.acceptance(process.id());
        boolean corrected = process.correctionRequested();
        Definition definition = definitions.byHash(process.definitionHash());
        Store.Task task = accept.get();
        if (!store.updateTask(task.view().id(), task.view().version(), TaskState.COMPLETED, null, "系统（视为受理）",
                "DEEMED_ACCEPTED", "受理期限届满未作决定，依法视为受理", now)) {
            throw new WorkflowException(WorkflowError.TASK_CHANGED);
        }
        // The acceptance limit has passed; the deemed acceptance ends it with the process's move.
        Changes changes = store.changes(process.id()).acceptanceEnded().history(task.view().id(),
                task.view().nodeId(), "DEEMED_ACCEPTED", "system", "系统", task.view().departmentId(),
                (corrected ? "自收到补正材料之日起" : "自收到申请之日起")
                        + " 5 个工作日内未作决定，视为受理（行政许可法第三十二条）", now);
        audit.record(AuditRecord.of(AuditEvent.WORKFLOW_ACTION, Actor.system("workflow"), AuditResult.SUCCESS)
                .withObject("case", businessKey).withDetail("deemed accepted"
                        + (corrected ? " after correction" : "") + "; department flagged"));
        LocalDate promisedBy = promise(process, changes, limit.from());
        advance(process, definition, definition.node(task.view().nodeId()).orElseThrow(), changes, now);
        events.publishEvent(new CaseAccepted(businessKey, task.view().departmentId(), true, promisedBy));
        apply(changes);
        return true;
    }

    /** The pending extension asked on this task, which the head deciding on it must not have asked. */
    private ExtensionView pendingOn(Store.Task task, OneWindowUser head) {
        if (!task.view().state().workable() && task.view().state() != TaskState.SUSPENDED) {
            throw notWorkable(task);
        }
        ExtensionView pending = extensions.current(task.processId())
                .filter(e -> e.pending() && e.taskId().equals(task.view().id()))
                .orElseThrow(() -> new WorkflowException(WorkflowError.EXTENSION_NOT_PENDING));
        if (pending.requestedById().equals(head.id())) {
            throw new WorkflowException(WorkflowError.EXTENSION_OWN_REQUEST);
        }
        return pending;
    }

    /** Joint processing by several departments has the longer extension of Art. 42 ¶2. */
    static int extensionDays(Definition definition) {
        return joint(definition) ? JOINT_EXTENSION_DAYS : EXTENSION_DAYS;
    }

    /** Several departments handle the application: a process with a parallel step. */
    private static boolean joint(Definition definition) {
        return definition.nodes().stream().anyMatch(n -> n.kind() == NodeKind.PARALLEL);
    }

    private void decide(Store.Process process, Definition definition, Definition.Node node, boolean approved,
            String reason, Changes changes, Instant now) {
        events.publishEvent(new CaseDecided(process.businessKey(), process.itemCode(), approved, reason));
        if (approved) {
            advance(process, definition, node, changes, now);
        } else {
            end(process, "REJECTED", changes, now);
        }
    }

    /** Moves on to the step after {@code from}, or ends the case after the last. */
    private void advance(Store.Process process, Definition definition, Definition.Node from, Changes changes,
            Instant now) {
        Optional<Definition.Node> next = definition.after(from.id());
        if (next.isEmpty()) {
            end(process, "APPROVED", changes, now);
            return;
        }
        enter(process, definition, next.get(), changes, now);
    }

    /** Enters a step: its tasks, each with its due date (in the statement that inserts them). */
    private void enter(Store.Process process, Definition definition, Definition.Node node, Changes changes, Instant now) {
        if (node.kind() == NodeKind.SYSTEM) {
            changes.history(null, node.id(), "SYSTEM:" + node.action(), "system", "一窗通办", null, null, now);
            advance(process, definition, node, changes, now);
            return;
        }
        changes.move("RUNNING", node.id(), null, null);
        DivisionCode place = placeOf(process);
        List<Department> targets = node.departments().stream().map(ref -> resolve(ref, place)).toList();
        // All of a step's tasks start now with the same limit: one due date.
        TaskClock.Due due = taskClock.start(node.limitDays(), now);
        for (Department department : targets) {
            changes.insertTask(new TaskView(TimeOrderedIds.at(now), process.businessKey(), process.itemCode(),
                            node.id(), node.kind(), department.id(), node.role(), TaskState.OPEN, null, null, null, null,
                            now, due.dueDate(), 0, false),
                    regionOf(department, place), due);
        }
    }

    private static DivisionCode placeOf(Store.Process process) {
        return process.placeCode() == null ? null : DivisionCode.parse(process.placeCode());
    }

    /**
     * The region a department's task lies in, which its officers' scopes must cover: the applicant's
     * district where the department's region contains it (a city bureau working a district's case),
     * else the department's own region (a case handed to another district's bureau).
     */
    private static String regionOf(Department department, DivisionCode place) {
        return place != null && department.region().contains(place) ? place.value() : department.region().value();
    }

    private Department resolve(Definition.DepartmentRef ref, DivisionCode place) {
        Optional<Department> found = ref.code() != null
                ? departments.byCode(ref.code())
                : place == null ? Optional.empty() : departments.responsibleFor(ref.function(), place);
        return found.orElseThrow(() -> new WorkflowException(WorkflowError.DEPARTMENT_NOT_FOUND));
    }

    private void end(Store.Process process, String outcome, Changes changes, Instant now) {
        cancelOpen(process, changes, now);
        // A case refused acceptance ends its acceptance limit with this move (an accepted one's ended before).
        // So does a case's promised limit (its finishing time is the process's end).
        changes.move("COMPLETED", null, outcome, now)
                .acceptanceEnded()
                .promiseEnded()
                .history(null, null, "ENDED", "system", "一窗通办", null, outcome, now);
    }

    /**
     * Starts the item's promised limit, which covers the whole case from acceptance, with the
     * process's move ({@link Changes#promise}); returns the date the case is promised by, for the
     * applicant's message. 即办件 (0 days) have none to track (null). A case accepted again (returned to
     * acceptance) keeps the promise it has.
     */
    private LocalDate promise(Store.Process process, Changes changes, Instant from) {
        if (process.promised()) {
            return process.promisedBy();
        }
        ServiceItem item = templates.catalog().item(process.itemCode()).orElseThrow();
        int days = item.promisedLimit().value();
        if (days <= 0) {
            return null;
        }
        TimeLimit limit = item.promisedLimit().unit().name().equals("CALENDAR_DAYS")
                ? TimeLimit.calendarDays(days)
                : TimeLimit.workingDays(days);
        CaseClock.Due due = caseClock.start(limit, from);
        changes.promise(due);
        return due.dueDate();
    }

    /**
     * Completes the task as the officer's outcome; returns the task as it now is (nothing later in
     * the action changes a completed task, so it need not be read again).
     */
    private Finished finish(Store.Process process, Store.Task task, int version, OneWindowUser officer, String outcome,
            String opinion, Changes changes, Instant now) {
        return finish(process, task, version, officer, outcome, opinion, changes, now, null);
    }

    /**
     * Completes the task; {@code lineIfOthersOpen}, if given, is the officer's history line, which a
     * parallel branch's completion writes itself when other branches are still open (then the action
     * causes nothing else, and {@link Finished#lineWritten()} says so).
     */
    private Finished finish(Store.Process process, Store.Task task, int version, OneWindowUser officer, String outcome,
            String opinion, Changes changes, Instant now, Store.Line lineIfOthersOpen) {
        // A step of one task is done with it; a parallel step's branches are asked about as this one completes.
        Store.Completed completed = new Store.Completed(false, true);
        if (task.view().kind() == NodeKind.PARALLEL) {
            // Whether the step moves on depends on the other branches: asked now, as the task is completed.
            completed = store.complete(task.view().id(), version, officer.id(), officer.name(), outcome, opinion, now,
                            lineIfOthersOpen)
                    .orElseThrow(() -> new WorkflowException(WorkflowError.TASK_CHANGED));
        } else if (task.view().version() != version) {
            throw new WorkflowException(WorkflowError.TASK_CHANGED);
        } else {
            // Completed with the action's other changes, at its end: a version changed by an action that held the
            // process until this one read its task fails this one there (task_changed), and it is all rolled back.
            changes.complete(task.view().id(), version, officer.id(), officer.name(), outcome, opinion, now);
        }
        if (!Boolean.FALSE.equals(process.extensionPending())) {
            extensions.lapse(task.processId(), task.view().id());
        }
        events.publishEvent(new TaskCompleted(task.view().businessKey(), task.view().id(), task.view().nodeId(),
                task.view().kind(), task.view().departmentId(), outcome, completed.firstOfStep()));
        TaskView before = task.view();
        return new Finished(new TaskView(before.id(), before.businessKey(), before.itemCode(), before.nodeId(),
                before.kind(), before.departmentId(), before.role(), TaskState.COMPLETED, officer.id(), officer.name(),
                outcome, opinion, before.createdAt(), before.dueDate(), version + 1, before.overdue()),
                completed.othersOpen(), lineIfOthersOpen != null && completed.othersOpen()
                        && task.view().kind() == NodeKind.PARALLEL);
    }

    /**
     * A task the officer completed, as it now is, whether other branches of its parallel step are still
     * open, and whether its completion wrote the officer's history line.
     */
    private record Finished(TaskView task, boolean othersOpen, boolean lineWritten) {}

    private void change(Store.Task task, int version, TaskState state, UUID assignee, String assigneeName,
            String outcome, String opinion, Instant completedAt) {
        if (!store.updateTask(task.view().id(), version, state, assignee, assigneeName, outcome, opinion, completedAt)) {
            throw new WorkflowException(WorkflowError.TASK_CHANGED);
        }
    }

    private void touch(Store.Task task, int version) {
        if (!store.touchTask(task.view().id(), version)) {
            throw new WorkflowException(WorkflowError.TASK_CHANGED);
        }
    }

    /** Adds the officer's action to the history after the action's other lines and makes the action's changes. */
    private void record(Changes changes, Store.Task task, OneWindowUser officer, String action, String opinion) {
        record(changes, task, officer, action, opinion, action);
    }

    /** As {@link #record(Changes, Store.Task, OneWindowUser, String, String)}, with the audit entry's own words. */
    private void record(Changes changes, Store.Task task, OneWindowUser officer, String action, String opinion,
            String auditedAction) {
        Instant now = clock.instant();
        apply(changes.history(task.view().id(), task.view().nodeId(), action, officer.id().toString(), officer.name(),
                task.view().departmentId(), opinion, now));
        audited(task, officer, auditedAction);
    }

    /** The officer's action in the audit log. */
    private void audited(Store.Task task, OneWindowUser officer, String action) {
        audit.record(AuditRecord.of(AuditEvent.WORKFLOW_ACTION, Actor.staff(officer.id().toString(), officer.name()),
                        AuditResult.SUCCESS)
                .withIp(CurrentUser.clientIp())
                .withObject("task", task.view().id().toString())
                .withDetail(action + " at " + task.view().nodeId() + " of case " + task.view().businessKey()));
    }

    /** The task if the officer's department, region and role cover it; otherwise it does not exist for them. */
    private Store.Task visible(OneWindowUser officer, UUID taskId) {
        return inScope(officer,
                store.task(taskId).orElseThrow(() -> new WorkflowException(WorkflowError.TASK_NOT_FOUND)));
    }

    private Store.Task inScope(OneWindowUser officer, Store.Task task) {
        UUID taskId = task.view().id();
        boolean inScope = officer.scope() != null
                && officer.scope().departmentId().equals(task.view().departmentId())
                && officer.scope().coversRegion(DivisionCode.parse(task.regionCode()))
                && (officer.roles().contains(task.view().role()) || officer.roles().contains(Role.DEPARTMENT_HEAD));
        if (!inScope) {
            throw denied(officer, taskId, WorkflowError.TASK_NOT_FOUND, "outside data scope");
        }
        return task;
    }

    /**
     * Refuses the officer and records the permission denial, in a transaction of its own so that it
     * stays on record as the action rolls back (as the scope check does).
     */
    private WorkflowException denied(OneWindowUser officer, UUID taskId, WorkflowError error, String why) {
        audit.recordIndependently(AuditRecord.of(AuditEvent.PERMISSION_DENIED,
                        Actor.staff(officer.id().toString(), officer.name()), AuditResult.DENIED)
                .withIp(CurrentUser.clientIp())
                .withObject("task", taskId.toString()).withDetail(error.code() + ": " + why));
        return new WorkflowException(error);
    }

    private Store.Task workable(OneWindowUser officer, UUID taskId) {
        return workable(officer, store.task(taskId).orElseThrow(() -> new WorkflowException(WorkflowError.TASK_NOT_FOUND)));
    }

    private Store.Task workable(OneWindowUser officer, Store.Task found) {
        Store.Task task = inScope(officer, found);
        if (!officer.roles().contains(task.view().role())) {
            throw denied(officer, task.view().id(), WorkflowError.ACTION_NOT_ALLOWED, "lacks role " + task.view().role());
        }
        if (!task.view().state().workable()) {
            throw notWorkable(task);
        }
        // A claim is exclusive: only the officer who claimed the task works it.
        if (task.view().state() == TaskState.CLAIMED && !officer.id().equals(task.view().assigneeId())) {
            throw new WorkflowException(WorkflowError.TASK_CLAIMED_BY_OTHER);
        }
        return task;
    }

    /**
     * Why a task cannot be worked: a task cancelled because the applicant withdrew the application
     * says so ({@code case_withdrawn}); any other finished task is {@code task_not_workable}. The
     * process is read only on this refusal's path.
     */
    private WorkflowException notWorkable(Store.Task task) {
        boolean withdrawn = task.view().state() == TaskState.CANCELLED
                && store.processByKey(task.view().businessKey())
                        .map(p -> WITHDRAWN.equals(p.outcome()))
                        .orElse(false);
        return new WorkflowException(withdrawn ? WorkflowError.CASE_WITHDRAWN : WorkflowError.TASK_NOT_WORKABLE);
    }

    /** The task, for the head of its department, who need not work its step. */
    private Store.Task headOf(OneWindowUser officer, UUID taskId) {
        return headOf(officer, store.task(taskId).orElseThrow(() -> new WorkflowException(WorkflowError.TASK_NOT_FOUND)));
    }

    private Store.Task headOf(OneWindowUser officer, Store.Task found) {
        Store.Task task = inScope(officer, found);
        if (!officer.roles().contains(Role.DEPARTMENT_HEAD)) {
            throw denied(officer, task.view().id(), WorkflowError.DEPARTMENT_HEAD_REQUIRED, "not department head");
        }
        return task;
    }

    /** A suspended task, for its department's officers who work its step (or their head). */
    private Store.Task suspended(OneWindowUser officer, UUID taskId) {
        return suspended(officer, store.task(taskId).orElseThrow(() -> new WorkflowException(WorkflowError.TASK_NOT_FOUND)));
    }

    private Store.Task suspended(OneWindowUser officer, Store.Task found) {
        Store.Task task = inScope(officer, found);
        if (task.view().state() == TaskState.CANCELLED) {
            throw notWorkable(task);
        }
        if (task.view().state() != TaskState.SUSPENDED) {
            throw new WorkflowException(WorkflowError.NOT_SUSPENDED);
        }
        if (!officer.roles().contains(task.view().role()) && !officer.roles().contains(Role.DEPARTMENT_HEAD)) {
            throw denied(officer, task.view().id(), WorkflowError.ACTION_NOT_ALLOWED, "lacks role " + task.view().role());
        }
        return task;
    }

    /**
     * Cancels the tasks still open (when the changes are made); a lasting special
     * procedure ends with them.
     */
    private void cancelOpen(Store.Process process, Changes changes, Instant now) {
        if (!Boolean.FALSE.equals(process.suspensionActive()) && suspensions.active(process.id()).isPresent()) {
            suspensions.end(process.id(), "system", "一窗通办", now);
            caseClock.resumeCase(process);
        }
        if (!Boolean.FALSE.equals(process.extensionPending())) {
            extensions.lapse(process.id(), null);
        }
        changes.cancelOpenTasks();
    }

    /** Makes the changes of an action (a cancelled task's due date ends with it). */
    private void apply(Changes changes) {
        changes.apply();
    }

    private Store.Process locked(String businessKey) {
        return store.processByKey(businessKey)
                .flatMap(p -> store.lockProcess(p.id()))
                .orElseThrow(() -> new WorkflowException(WorkflowError.PROCESS_NOT_FOUND));
    }

    private static String name(TaskAction action) {
        return switch (action) {
            case TaskAction.Accept a -> "ACCEPT";
            case TaskAction.RefuseToAccept r -> "REFUSE_TO_ACCEPT";
            case TaskAction.RequestCorrection c -> "REQUEST_CORRECTION";
            case TaskAction.Approve a -> "APPROVE";
            case TaskAction.Reject r -> "REJECT";
            case TaskAction.ReturnTo r -> "RETURN";
            case TaskAction.Transfer t -> "TRANSFER";
            case TaskAction.RequestExtension r -> "REQUEST_EXTENSION";
            case TaskAction.ApproveExtension a -> "APPROVE_EXTENSION";
            case TaskAction.RejectExtension r -> "REJECT_EXTENSION";
            case TaskAction.Suspend s -> "SUSPEND:" + s.kind();
            case TaskAction.Resume r -> "RESUME";
        };
    }

    /** A region subtree as a code prefix: 350000 → 35, 350100 → 3501, 350102 → 350102. */
    static String regionPrefix(DivisionCode region) {
        return region.subtreePrefix();
    }
}
