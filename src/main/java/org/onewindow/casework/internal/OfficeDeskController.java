package org.onewindow.casework.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.casework.internal.CaseRecords.CaseRecord;
import org.onewindow.casework.internal.attachments.AttachmentInfo;
import org.onewindow.casework.internal.attachments.Attachments;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.certificate.CertificateView;
import org.onewindow.certificate.Certificates;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.platform.RequiresPermission;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.Masking;
import org.onewindow.workflow.ExtensionView;
import org.onewindow.workflow.InboxQuery;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.Supervision;
import org.onewindow.workflow.SupervisionView;
import org.onewindow.workflow.SuspensionKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskState;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.WorkflowException;
import org.onewindow.workflow.Workflows;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The office case desk: the inbox of the officer's department, sorted by due date with marks on
 * what is due soon or overdue, and the task page with the case, its materials, the other
 * departments' opinions, the history and the actions the step allows.
 */
@Controller
class OfficeDeskController {

    private final TaskDesk desk;
    private final Supervision supervision;
    private final Workflows workflows;
    private final CaseRecords cases;
    private final Catalog catalog;
    private final Departments departments;
    private final Attachments attachments;
    private final org.onewindow.identity.CitizenDirectory citizens;
    private final org.onewindow.registry.PopulationRegistry population;
    private final org.onewindow.audit.AuditLog audit;
    private final MaterialCertificates materialCertificates;
    private final Certificates certificates;
    private final Clock clock;
    private final InboxApplicants inboxApplicants;

    OfficeDeskController(TaskDesk desk, Supervision supervision, Workflows workflows, CaseRecords cases, Catalog catalog,
            Departments departments, Attachments attachments, org.onewindow.identity.CitizenDirectory citizens,
            org.onewindow.registry.PopulationRegistry population, org.onewindow.audit.AuditLog audit,
            MaterialCertificates materialCertificates, Certificates certificates, Clock clock,
            InboxApplicants inboxApplicants) {
        this.desk = desk;
        this.supervision = supervision;
        this.workflows = workflows;
        this.cases = cases;
        this.catalog = catalog;
        this.departments = departments;
        this.attachments = attachments;
        this.citizens = citizens;
        this.population = population;
        this.audit = audit;
        this.materialCertificates = materialCertificates;
        this.certificates = certificates;
        this.clock = clock;
        this.inboxApplicants = inboxApplicants;
    }

    /** A supervision item for the department, with the case's receipt number. */
    record Notice(SupervisionView item, String receiptNumber) {}

    /** An extension waiting for the head of the department, with the case's receipt number. */
    record PendingExtension(ExtensionView extension, String receiptNumber) {}

    /** One inbox row: the task and what the officer needs to see of its case. */
    record Row(TaskView task, String receiptNumber, String itemName, String applicant, String urgency) {}

    @GetMapping("/office/desk")
    @RequiresPermission("desk.work")
    String inbox(
            @RequestParam(defaultValue = "DEPARTMENT") InboxQuery.View view,
            @RequestParam(required = false) String item,
            @RequestParam(defaultValue = "ALL") InboxQuery.Urgency urgency,
            @RequestParam(required = false) InboxQuery.State state,
            @RequestParam(required = false) String applicant,
            @RequestParam(required = false) LocalDate afterDue,
            @RequestParam(required = false) UUID afterId,
            Model model) {
        OneWindowUser officer = CurrentUser.require();
        List<TaskView> tasks = desk.inbox(officer, new InboxQuery(view, item == null || item.isBlank() ? null : item,
                urgency, afterDue, afterId, 50, state, inboxApplicants.caseKeys(applicant)));
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        model.addAttribute("rows", tasks.stream().map(t -> row(t, today)).toList());
        model.addAttribute("next", tasks.size() == 50 ? tasks.getLast() : null);
        model.addAttribute("view", view);
        model.addAttribute("urgency", urgency);
        model.addAttribute("item", item);
        model.addAttribute("state", state);
        model.addAttribute("applicant", applicant);
        model.addAttribute("items", catalog.items());
        model.addAttribute("department", departments.byId(officer.scope().departmentId()).orElse(null));
        model.addAttribute("notices", supervision.notices(officer).stream()
                .map(n -> new Notice(n, cases.byId(UUID.fromString(n.businessKey()))
                        .map(CaseRecord::receiptNumber).orElse("")))
                .toList());
        model.addAttribute("pendingExtensions", desk.pendingExtensions(officer).stream()
                .map(e -> new PendingExtension(e, cases.byId(UUID.fromString(e.businessKey()))
                        .map(CaseRecord::receiptNumber).orElse("")))
                .toList());
        return "casework/desk";
    }

    @PostMapping("/office/desk/supervision/{supervisionId}/acknowledge")
    @RequiresPermission("desk.work")
    String acknowledge(@PathVariable UUID supervisionId) {
        try {
            supervision.acknowledge(CurrentUser.require(), supervisionId);
        } catch (WorkflowException e) {
            throw ApplyController.notFound();
        }
        return "redirect:/office/desk";
    }

    @GetMapping("/office/desk/workload")
    @RequiresPermission("desk.workload")
    String workload(Model model) {
        OneWindowUser head = CurrentUser.require();
        model.addAttribute("lines", supervision.workload(head));
        model.addAttribute("department", departments.byId(head.scope().departmentId()).orElse(null));
        return "casework/workload";
    }

    @GetMapping("/office/desk/tasks/{taskId}")
    @RequiresPermission("desk.work")
    String task(@PathVariable UUID taskId, Model model) {
        return render(taskId, null, model);
    }

    @PostMapping("/office/desk/tasks/{taskId}/claim")
    @RequiresPermission("desk.work")
    String claim(@PathVariable UUID taskId, @RequestParam int version, Model model) {
        try {
            desk.claim(CurrentUser.require(), taskId, version);
        } catch (WorkflowException e) {
            return render(taskId, e.code(), model);
        }
        return "redirect:/office/desk/tasks/" + taskId;
    }

    @PostMapping("/office/desk/tasks/{taskId}/release")
    @RequiresPermission("desk.work")
    String release(@PathVariable UUID taskId, @RequestParam int version, Model model) {
        try {
            desk.release(CurrentUser.require(), taskId, version);
        } catch (WorkflowException e) {
            return render(taskId, e.code(), model);
        }
        return "redirect:/office/desk";
    }

    @PostMapping("/office/desk/tasks/{taskId}/act")
    @RequiresPermission("desk.work")
    String act(
            @PathVariable UUID taskId,
            @RequestParam int version,
            @RequestParam String action,
            @RequestParam(defaultValue = "") String opinion,
            @RequestParam(defaultValue = "") String legalBasis,
            @RequestParam(defaultValue = "") String missing,
            @RequestParam(defaultValue = "") String node,
            @RequestParam(required = false) UUID department,
            @RequestParam(required = false) SuspensionKind procedure,
            Model model) {
        TaskAction taskAction = switch (action) {
            case "accept" -> new TaskAction.Accept(blankToNull(opinion));
            case "refuse" -> new TaskAction.RefuseToAccept(opinion);
            case "correction" -> new TaskAction.RequestCorrection(Arrays.stream(missing.split("\\R"))
                    .map(String::strip).filter(line -> !line.isEmpty()).toList());
            case "approve" -> new TaskAction.Approve(blankToNull(opinion));
            case "reject" -> new TaskAction.Reject(opinion, blankToNull(legalBasis));
            case "return" -> new TaskAction.ReturnTo(node, opinion);
            case "transfer" -> new TaskAction.Transfer(department, opinion);
            case "extend" -> new TaskAction.RequestExtension(opinion);
            case "approve-extension" -> new TaskAction.ApproveExtension(blankToNull(opinion));
            case "reject-extension" -> new TaskAction.RejectExtension(opinion);
            case "suspend" -> new TaskAction.Suspend(procedure, opinion);
            case "resume" -> new TaskAction.Resume(blankToNull(opinion));
            default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST, "action_unknown");
        };
        try {
            desk.act(CurrentUser.require(), taskId, version, taskAction);
        } catch (WorkflowException e) {
            return render(taskId, e.code(), model);
        }
        return "redirect:/office/desk?done";
    }

    @GetMapping("/office/desk/tasks/{taskId}/attachments/{attachmentId}")
    @RequiresPermission("desk.work")
    ResponseEntity<InputStreamResource> attachment(@PathVariable UUID taskId, @PathVariable UUID attachmentId) {
        TaskView task = visibleTask(taskId);
        CaseRecord record = cases.byId(UUID.fromString(task.businessKey())).orElseThrow(ApplyController::notFound);
        AttachmentInfo attachment = attachments.find(record.draftId(), attachmentId)
                .orElseThrow(ApplyController::notFound);
        return ApplyController.AttachmentDownloads.of(attachment, attachments.open(attachment));
    }

    /**
     * An electronic certificate the applicant chose instead of an upload (免提交): what it says and its
     * status now, for the officers who may see the case; a certificate the case does not use is 404.
     */
    @GetMapping("/office/desk/tasks/{taskId}/certificates/{certificateId}")
    @RequiresPermission("desk.work")
    String certificate(@PathVariable UUID taskId, @PathVariable UUID certificateId, HttpServletRequest request,
            Model model) {
        TaskView task = visibleTask(taskId);
        CaseRecord record = cases.byId(UUID.fromString(task.businessKey())).orElseThrow(ApplyController::notFound);
        MaterialCertificates.Used used = usedBy(record, certificateId);
        CertificateView certificate = certificates.byId(certificateId).orElseThrow(ApplyController::notFound);
        auditCertificate(org.onewindow.audit.AuditEvent.CERTIFICATE_VIEWED, certificateId, record, request, "desk");
        model.addAttribute("task", task);
        model.addAttribute("caseRecord", record);
        model.addAttribute("used", used);
        model.addAttribute("materialName", materialNames(record).getOrDefault(used.materialCode(), used.materialCode()));
        model.addAttribute("certificate", certificate);
        return "casework/desk-certificate";
    }

    @GetMapping("/office/desk/tasks/{taskId}/certificates/{certificateId}/pdf")
    @RequiresPermission("desk.work")
    ResponseEntity<byte[]> certificatePdf(@PathVariable UUID taskId, @PathVariable UUID certificateId,
            HttpServletRequest request) {
        TaskView task = visibleTask(taskId);
        CaseRecord record = cases.byId(UUID.fromString(task.businessKey())).orElseThrow(ApplyController::notFound);
        MaterialCertificates.Used used = usedBy(record, certificateId);
        byte[] pdf = certificates.pdf(certificateId).orElseThrow(ApplyController::notFound);
        auditCertificate(org.onewindow.audit.AuditEvent.CERTIFICATE_DOWNLOADED, certificateId, record, request, "pdf");
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(used.name() + "-" + used.number() + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .body(pdf);
    }

    private MaterialCertificates.Used usedBy(CaseRecord record, UUID certificateId) {
        return materialCertificates.ofCase(record.id()).stream()
                .filter(u -> u.certificateId().equals(certificateId))
                .findFirst()
                .orElseThrow(ApplyController::notFound);
    }

    private void auditCertificate(org.onewindow.audit.AuditEvent event, UUID certificateId, CaseRecord record,
            HttpServletRequest request, String detail) {
        OneWindowUser officer = CurrentUser.require();
        audit.record(org.onewindow.audit.AuditRecord.of(event,
                        org.onewindow.audit.Actor.staff(officer.id().toString(), officer.name()),
                        org.onewindow.audit.AuditResult.SUCCESS)
                .withIp(request.getRemoteAddr())
                .withObject("certificate", certificateId.toString())
                .withDetail(detail + " for application " + record.receiptNumber()));
    }

    /** The names of the case's item's materials, by code. */
    private Map<String, String> materialNames(CaseRecord record) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        catalog.item(record.itemCode()).ifPresent(item -> item.materials().forEach(m -> names.put(m.code(), m.name())));
        return names;
    }

    private String render(UUID taskId, String error, Model model) {
        OneWindowUser officer = CurrentUser.require();
        TaskView task = visibleTask(taskId);
        CaseRecord record = cases.byId(UUID.fromString(task.businessKey())).orElseThrow(ApplyController::notFound);
        Optional<ServiceItem> item = catalog.item(record.itemCode());
        Map<String, Object> values = cases.values(record);
        model.addAttribute("task", task);
        model.addAttribute("caseRecord", record);
        model.addAttribute("item", item.orElse(null));
        model.addAttribute("values", CaseValues.forOfficer(item.map(ServiceItem::form).orElse(null), values,
                officer.can("personal-data.unmask")));
        model.addAttribute("attachments", attachments.ofDraft(record.draftId()));
        model.addAttribute("usedCertificates", materialCertificates.ofCase(record.id()));
        model.addAttribute("materialNames", materialNames(record));
        model.addAttribute("others", workflows.tasksOf(task.businessKey()).stream()
                .filter(t -> !t.id().equals(task.id()) && t.outcome() != null).toList());
        model.addAttribute("history", workflows.history(task.businessKey()));
        model.addAttribute("departmentNames", departments.all().stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.id(), d -> d.name())));
        model.addAttribute("allDepartments", departments.all());
        boolean mine = officer.id().equals(task.assigneeId());
        model.addAttribute("mine", mine);
        // A claim is exclusive: a task another officer claimed is theirs to work (or to release, or the head's).
        boolean claimedByOther = task.state() == TaskState.CLAIMED && !mine;
        model.addAttribute("claimedByOther", claimedByOther);
        boolean canAct = officer.roles().contains(task.role()) && task.state().workable() && !claimedByOther;
        model.addAttribute("canAct", canAct);
        model.addAttribute("canRelease", task.state() == TaskState.CLAIMED
                && (mine || officer.roles().contains(Role.DEPARTMENT_HEAD)));
        model.addAttribute("returnTargets", canAct ? desk.returnTargets(officer, taskId) : List.of());
        List<ExtensionView> extensions = desk.extensions(officer, taskId);
        model.addAttribute("extensions", extensions);
        model.addAttribute("canDecideExtension", officer.roles().contains(Role.DEPARTMENT_HEAD)
                && extensions.stream().anyMatch(e -> e.pending() && e.taskId().equals(taskId)
                        && !e.requestedById().equals(officer.id())));
        model.addAttribute("suspensions", desk.suspensions(officer, taskId));
        model.addAttribute("canSuspend", canAct && task.kind() != NodeKind.ACCEPT);
        model.addAttribute("canResume", task.state() == TaskState.SUSPENDED
                && (officer.roles().contains(task.role()) || officer.roles().contains(Role.DEPARTMENT_HEAD)));
        model.addAttribute("canRequestExtension", canAct && task.kind() != NodeKind.ACCEPT
                && extensions.stream().noneMatch(e -> e.pending() || "APPROVED".equals(e.state())));
        model.addAttribute("applicant", Masking.name(record.applicantName()));
        model.addAttribute("registry", registryView(officer, record));
        if (officer.can("personal-data.unmask")) {
            audit.record(org.onewindow.audit.AuditRecord.of(org.onewindow.audit.AuditEvent.PERSONAL_DATA_UNMASKED,
                            org.onewindow.audit.Actor.staff(officer.id().toString(), officer.name()),
                            org.onewindow.audit.AuditResult.SUCCESS)
                    .withObject("application", record.receiptNumber()).withDetail("case values shown unmasked"));
        }
        if (error != null) {
            model.addAttribute("errors", Map.of("actions", error));
        }
        return "casework/desk-task";
    }

    /** The applicant's registry record, read for this case (logged in the person's access log), masked. */
    private List<CaseValues.Line> registryView(OneWindowUser officer, CaseRecord record) {
        String department = departments.byId(officer.scope().departmentId()).map(d -> d.shortName()).orElse("");
        return citizens.profile(record.applicantId())
                .flatMap(profile -> population.findByIdNumber(profile.idNumber(), new org.onewindow.registry.RegistryRead(
                        new org.onewindow.registry.Reader("STAFF", officer.id().toString(),
                                officer.name() + "（" + department + "）审查办件 " + record.receiptNumber(), null),
                        org.onewindow.registry.ReadPurpose.CASE_REVIEW)))
                .map(person -> List.of(
                        new CaseValues.Line("姓名", Masking.name(person.name())),
                        new CaseValues.Line("身份证号码", person.idNumber().masked()),
                        new CaseValues.Line("户号", person.householdNumber()),
                        new CaseValues.Line("与户主关系", person.relationToHead()),
                        new CaseValues.Line("婚姻状况", person.maritalStatus().name()),
                        new CaseValues.Line("户籍地址", Masking.address(person.address()))))
                .orElse(List.of());
    }

    private TaskView visibleTask(UUID taskId) {
        try {
            return desk.task(CurrentUser.require(), taskId);
        } catch (WorkflowException e) {
            throw ApplyController.notFound();
        }
    }

    private Row row(TaskView task, LocalDate today) {
        CaseRecord record = cases.byId(UUID.fromString(task.businessKey())).orElse(null);
        String urgency = task.dueDate() == null ? "" : task.dueDate().isBefore(today) ? "overdue"
                : task.dueSoon() ? "due-soon" : "";
        return new Row(task, record == null ? "" : record.receiptNumber(),
                catalog.item(task.itemCode()).map(ServiceItem::name).orElse(task.itemCode()),
                record == null ? "" : Masking.name(record.applicantName()), urgency);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
