package org.onewindow.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.platform.RequiresPermission;
import org.onewindow.workflow.SupervisedTask;
import org.onewindow.workflow.Supervision;
import org.onewindow.workflow.SupervisionQuery;
import org.onewindow.workflow.WorkflowException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervisor's page: late work across every department of the region, and the 督办 notice. */
@Controller
class SupervisionController {

    private static final int PAGE = 50;

    private final Supervision supervision;
    private final CaseRecords cases;
    private final Catalog catalog;
    private final Departments departments;

    SupervisionController(Supervision supervision, CaseRecords cases, Catalog catalog, Departments departments) {
        this.supervision = supervision;
        this.cases = cases;
        this.catalog = catalog;
        this.departments = departments;
    }

    /** One row: the late task and its case's receipt number and item. */
    record Row(SupervisedTask late, String receiptNumber, String itemName) {}

    @GetMapping("/office/supervision")
    @RequiresPermission("supervision.read")
    String overview(
            @RequestParam(defaultValue = "AT_RISK") SupervisionQuery.Lateness lateness,
            @RequestParam(required = false) UUID department,
            @RequestParam(required = false) LocalDate afterDue,
            @RequestParam(required = false) UUID afterId,
            Model model) {
        OneWindowUser supervisor = CurrentUser.require();
        List<SupervisedTask> late = supervision.overview(supervisor,
                new SupervisionQuery(lateness, department, afterDue, afterId, PAGE));
        model.addAttribute("rows", late.stream().map(this::row).toList());
        model.addAttribute("next", late.size() == PAGE ? late.getLast().task() : null);
        model.addAttribute("lateness", lateness);
        model.addAttribute("department", department);
        model.addAttribute("departments", departments.all());
        model.addAttribute("departmentNames", departments.all().stream()
                .collect(Collectors.toMap(Department::id, Department::name)));
        return "casework/supervision";
    }

    @PostMapping("/office/supervision/tasks/{taskId}/notice")
    @RequiresPermission("supervision.issue")
    String issue(@PathVariable UUID taskId, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            supervision.issue(CurrentUser.require(), taskId, note);
            redirect.addFlashAttribute("notice", "supervision.issued");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("errors", Map.of("late", e.code()));
        }
        return "redirect:/office/supervision";
    }

    private Row row(SupervisedTask late) {
        CaseRecords.CaseRecord record = cases.byId(UUID.fromString(late.task().businessKey())).orElse(null);
        return new Row(late, record == null ? "" : record.receiptNumber(),
                catalog.item(late.task().itemCode()).map(ServiceItem::name).orElse(late.task().itemCode()));
    }
}
