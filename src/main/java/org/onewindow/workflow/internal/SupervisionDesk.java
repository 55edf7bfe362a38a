package org.onewindow.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.deadline.DueSchedule;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.MissingHolidayCalendarException;
import org.onewindow.shared.WorkingDayCalendar;
import org.onewindow.workflow.CaseAccepted;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.SupervisedTask;
import org.onewindow.workflow.Supervision;
import org.onewindow.workflow.SupervisionIssued;
import org.onewindow.workflow.SupervisionQuery;
import org.onewindow.workflow.SupervisionView;
import org.onewindow.workflow.TaskState;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.WorkflowError;
import org.onewindow.workflow.WorkflowException;
import org.onewindow.workflow.WorkloadLine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision across departments: the supervisor's overview and notices, the department's
 * acknowledgement, the head's workload view; writes history, audit and events like the engine.
 */
@Service
class SupervisionDesk implements Supervision {

    static final String NOTICE = "NOTICE";
    static final String OVERDUE = "OVERDUE";
    /** The source of the item that flags a department for a deemed acceptance (行政许可法 Art. 32). */
    static final String DEEMED_ACCEPTED = "DEEMED_ACCEPTED";

    private final Store store;
    private final SupervisionItems items;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    SupervisionDesk(Store store, SupervisionItems items, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.items = items;
        this.audit = audit;
        this.events = events;
        this.calendar = WorkingDayCalendar.fromClasspath();
        this.clock = clock;
    }

    @Override
    public List<SupervisedTask> overview(OneWindowUser supervisor, SupervisionQuery query) {
        requireSupervisor(supervisor);
        LocalDate today = today();
        LocalDate dueBy = query.lateness() == SupervisionQuery.Lateness.OVERDUE
                ? today.minusDays(1)
                : calendar.plusWorkingDays(today, 1);
        List<SupervisionItems.Late> late = items.late(Engine.regionPrefix(supervisor.scope().region()),
                query.departmentId(), dueBy, today, query.afterDue(), query.afterId(), query.limit());
        Map<UUID, Integer> notices = items.countsByTask(late.stream().map(SupervisionItems.Late::taskId).toList());
        return late.stream()
                .map(l -> {
                    TaskView task = store.task(l.taskId()).orElseThrow().view();
                    return new SupervisedTask(task, daysOverdue(task.dueDate(), today), l.caseOverdue(),
                            notices.getOrDefault(task.id(), 0));
                })
                .toList();
    }

    @Override
    @Transactional
    public SupervisionView issue(OneWindowUser supervisor, UUID taskId, String note) {
        requireSupervisor(supervisor);
        if (note == null || note.isBlank()) {
            throw new WorkflowException(WorkflowError.NOTE_REQUIRED);
        }
        Store.Task task = store.task(taskId)
                .filter(t -> supervisor.scope().coversRegion(DivisionCode.parse(t.regionCode())))
                .orElseThrow(() -> denied(supervisor, taskId));
        store.lockProcess(task.processId());
        if (!open(task.view().state())) {
            throw new WorkflowException(WorkflowError.TASK_NOT_WORKABLE);
        }
        Instant now = clock.instant();
        SupervisionItems.Item item = new SupervisionItems.Item(UUID.randomUUID(), task.processId(), taskId,
                task.view().departmentId(), task.regionCode(), NOTICE, null, null, note.strip(),
                supervisor.id().toString(), supervisor.name(), now);
        items.add(item);
        store.history(task.processId(), taskId, task.view().nodeId(), "SUPERVISED", supervisor.id().toString(),
                supervisor.name(), task.view().departmentId(), note.strip(), now);
        audit.record(AuditRecord.of(AuditEvent.SUPERVISION_ISSUED, staff(supervisor), AuditResult.SUCCESS)
                .withObject("task", taskId.toString())
                .withDetail("notice to department " + task.view().departmentId() + " on case "
                        + task.view().businessKey()));
        events.publishEvent(new SupervisionIssued(item.id(), task.view().businessKey(), taskId,
                task.view().departmentId(), NOTICE, task.regionCode(), item.note()));
        return new SupervisionView(item.id(), task.view().businessKey(), taskId, task.view().departmentId(), NOTICE,
                item.note(), null, supervisor.name(), now, null, null);
    }

    @Override
    public List<SupervisionView> notices(OneWindowUser officer) {
        if (officer.scope() == null) {
            return List.of();
        }
        return items.open(officer.scope().departmentId(), Engine.regionPrefix(officer.scope().region()));
    }

    @Override
    @Transactional
    public void acknowledge(OneWindowUser officer, UUID supervisionId) {
        Instant now = clock.instant();
        if (officer.scope() == null || !items.acknowledge(supervisionId, officer.scope().departmentId(),
                Engine.regionPrefix(officer.scope().region()), officer.id(), officer.name(), now)) {
            throw new WorkflowException(WorkflowError.SUPERVISION_NOT_FOUND);
        }
        store.history(items.processOf(supervisionId), null, null, "SUPERVISION_ACKNOWLEDGED", officer.id().toString(),
                officer.name(), officer.scope().departmentId(), null, now);
        audit.record(AuditRecord.of(AuditEvent.SUPERVISION_ACKNOWLEDGED, staff(officer), AuditResult.SUCCESS)
                .withObject("supervision", supervisionId.toString()));
    }

    @Override
    public List<WorkloadLine> workload(OneWindowUser head) {
        if (head.scope() == null || !head.roles().contains(Role.DEPARTMENT_HEAD)) {
            throw new WorkflowException(WorkflowError.DEPARTMENT_HEAD_REQUIRED);
        }
        return items.workload(head.scope().departmentId(), Engine.regionPrefix(head.scope().region()), today());
    }

    /**
     * A task's due date passed while it was open: marks it overdue and raises an item for its
     * department, once per {@code deadlineId} (the task's id, or the id of a limit of the deadline
     * module for a task from before V60_0_6) and due time.
     */
    @Transactional
    void taskOverdue(UUID taskId, UUID deadlineId, Instant dueAt) {
        Store.Task task = store.task(taskId).orElse(null);
        if (task == null || store.lockProcess(task.processId()).isEmpty()) {
            return;
        }
        task = store.task(taskId).orElseThrow();
        if (!open(task.view().state())) {
            return;
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        if (items.add(new SupervisionItems.Item(id, task.processId(), taskId, task.view().departmentId(),
                task.regionCode(), OVERDUE, deadlineId, dueAt, null, "system", "系统", now))) {
            items.markTaskOverdue(taskId, now);
            store.history(task.processId(), taskId, task.view().nodeId(), "OVERDUE", "system", "系统",
                    task.view().departmentId(), "办理期限 " + task.view().dueDate() + " 已过，已生成督办事项", now);
            events.publishEvent(new SupervisionIssued(id, task.view().businessKey(), taskId,
                    task.view().departmentId(), OVERDUE, task.regionCode(), null));
        }
    }

    /**
     * The case's promised limit passed: the accepting department, answerable for the whole case, gets the
     * item, one per limit and due time.
     *
     * @param deadlineId the limit's id (a limit of the deadline module's, before V60_0_8), or {@code null}
     *     for the promise in the process row, which the process's id names
     */
    @Transactional
    void caseOverdue(String businessKey, UUID deadlineId, Instant dueAt) {
        Store.Process process = store.processByKey(businessKey).flatMap(p -> store.lockProcess(p.id())).orElse(null);
        if (process == null || process.outcome() != null) {
            return;
        }
        Store.Task accept = store.tasksOfProcess(process.id()).stream()
                .filter(t -> t.view().kind() == NodeKind.ACCEPT).findFirst().orElseThrow();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        if (items.add(new SupervisionItems.Item(id, process.id(), null, accept.view().departmentId(),
                accept.regionCode(), OVERDUE, deadlineId != null ? deadlineId : process.id(), dueAt, null, "system", "系统", now))) {
            items.markProcessOverdue(process.id(), now);
            store.history(process.id(), null, null, "CASE_OVERDUE", "system", "系统", accept.view().departmentId(),
                    "承诺办结期限已过，已生成督办事项", now);
            events.publishEvent(new SupervisionIssued(id, businessKey, null, accept.view().departmentId(), OVERDUE,
                    accept.regionCode(), null));
        }
    }

    /**
     * A case was deemed accepted (its acceptance limit passed undecided): the accepting department is
     * flagged with an item, in the deeming transaction (the engine publishes the event under the
     * process's lock). One per case and acceptance limit: the process's id and the limit's due time
     * name it, so that a second call adds nothing.
     */
    @EventListener(condition = "#event.deemed()")
    void on(CaseAccepted event) {
        Store.Process process = store.processByKey(event.businessKey()).orElseThrow();
        Store.Task accept = store.tasksOfProcess(process.id()).stream()
                .filter(t -> t.view().kind() == NodeKind.ACCEPT && "DEEMED_ACCEPTED".equals(t.view().outcome()))
                .reduce((first, second) -> second).orElseThrow();
        Instant dueAt = DueSchedule.endOf(store.acceptance(process.id()).dueDate());
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        if (items.add(new SupervisionItems.Item(id, process.id(), null, accept.view().departmentId(),
                accept.regionCode(), DEEMED_ACCEPTED, process.id(), dueAt, null, "system", "系统", now))) {
            events.publishEvent(new SupervisionIssued(id, event.businessKey(), null, accept.view().departmentId(),
                    DEEMED_ACCEPTED, accept.regionCode(), null));
        }
    }

    private int daysOverdue(LocalDate due, LocalDate today) {
        if (due == null || !due.isBefore(today)) {
            return 0;
        }
        try {
            return calendar.workingDaysBetween(due, today);
        } catch (MissingHolidayCalendarException e) {
            return (int) ChronoUnit.DAYS.between(due, today);
        }
    }

    private WorkflowException denied(OneWindowUser supervisor, UUID taskId) {
        audit.recordIndependently(AuditRecord.of(AuditEvent.PERMISSION_DENIED, staff(supervisor), AuditResult.DENIED)
                .withObject("task", taskId.toString()).withDetail("outside supervision region"));
        return new WorkflowException(WorkflowError.TASK_NOT_FOUND);
    }

    private static void requireSupervisor(OneWindowUser officer) {
        if (officer.scope() == null || !officer.roles().contains(Role.SUPERVISOR)) {
            throw new WorkflowException(WorkflowError.SUPERVISOR_REQUIRED);
        }
    }

    private static boolean open(TaskState state) {
        return state.workable() || state == TaskState.SUSPENDED;
    }

    private static Actor staff(OneWindowUser officer) {
        return Actor.staff(officer.id().toString(), officer.name());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
