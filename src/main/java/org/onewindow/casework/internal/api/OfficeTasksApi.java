package org.onewindow.casework.internal.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onewindow.casework.internal.InboxApplicants;
import org.onewindow.identity.CurrentUser;
import org.onewindow.platform.RequiresPermission;
import org.onewindow.workflow.ActionOutcome;
import org.onewindow.workflow.InboxQuery;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.WorkflowError;
import org.onewindow.workflow.WorkflowException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The office desk as JSON, so that department systems can work tasks without the pages: the same
 * scope checks, versions, history, audit and events as the desk, through {@link TaskDesk}.
 * Authenticated by the office session (password and TOTP) with the CSRF header on POSTs.
 */
@RestController
@Tag(name = "Tasks")
class OfficeTasksApi {

    private static final String TASK_NOT_FOUND = "task_not_found: no such task, or outside the officer's "
            + "department, region or role";
    private static final String TASK_CHANGED = "task_changed (someone acted since the version sent; nothing "
            + "changed) or task_not_workable";

    private final TaskDesk desk;
    private final InboxApplicants applicants;

    OfficeTasksApi(TaskDesk desk, InboxApplicants applicants) {
        this.desk = desk;
        this.applicants = applicants;
    }

    /**
     * An action on a task.
     *
     * @param version the task version the client saw
     * @param action accept, refuse, correction, approve, reject, return or transfer
     * @param opinion opinion or reason
     * @param legalBasis legal basis of a refusal decision
     * @param missing everything to correct (correction)
     * @param node the earlier step to return to (return)
     * @param department the department to transfer to (transfer)
     * @param procedure the special procedure (suspend): HEARING, EXPERT_REVIEW or INSPECTION
     */
    record ActionRequest(
            int version,
            String action,
            String opinion,
            String legalBasis,
            List<String> missing,
            String node,
            UUID department,
            org.onewindow.workflow.SuspensionKind procedure) {}

    /** The version the client saw, for claim and release. */
    record VersionRequest(int version) {}

    @GetMapping(path = "/office/api/csrf", produces = "application/json")
    @RequiresPermission("desk.work")
    @Tag(name = "Session")
    @Operation(operationId = "getOfficeCsrfToken", summary = "Get the CSRF token",
            description = "The office session's CSRF token, to send in X-CSRF-TOKEN on every POST.")
    ResponseEntity<CsrfTokenView> csrf(@Parameter(hidden = true) CsrfToken token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new CsrfTokenView(token.getHeaderName(), token.getToken()));
    }

    @GetMapping(path = "/office/api/tasks", produces = "application/json")
    @RequiresPermission("desk.work")
    @Operation(operationId = "listTasks", summary = "The inbox",
            description = "The officer's tasks, oldest due first, keyset-paged on (due date, id): pass the last "
                    + "task's dueDate and id as afterDue and afterId for the next page.")
    @ApiResponse(responseCode = "200", description = "At most limit tasks")
    @ApiResponse(responseCode = "400", description = "parameter_invalid: a parameter of the wrong type or value",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    List<TaskView> inbox(
            @RequestParam(defaultValue = "DEPARTMENT") InboxQuery.View view,
            @RequestParam(required = false) String item,
            @RequestParam(defaultValue = "ALL") InboxQuery.Urgency urgency,
            @Parameter(description = "only tasks in this state; it narrows the view (CLAIMABLE: OPEN only; "
                    + "SUSPENDED: SUSPENDED only)") @RequestParam(required = false) InboxQuery.State state,
            @Parameter(description = "only the tasks of running cases with this receipt number, or whose "
                    + "applicant or business has exactly this name") @RequestParam(required = false) String applicant,
            @Parameter(description = "the previous page's last dueDate") @RequestParam(required = false)
                    LocalDate afterDue,
            @Parameter(description = "the previous page's last id") @RequestParam(required = false) UUID afterId,
            @Parameter(description = "1–100") @RequestParam(defaultValue = "50") int limit) {
        return desk.inbox(CurrentUser.require(), new InboxQuery(view, item == null || item.isBlank() ? null : item,
                urgency, afterDue, afterId, limit, state, applicants.caseKeys(applicant)));
    }

    @GetMapping(path = "/office/api/tasks/{taskId}", produces = "application/json")
    @RequiresPermission("desk.work")
    @Operation(operationId = "getTask", summary = "Get a task")
    @ApiResponse(responseCode = "200", description = "The task, with the version to act on")
    @ApiResponse(responseCode = "404", description = TASK_NOT_FOUND,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    TaskView task(@PathVariable UUID taskId) {
        return desk.task(CurrentUser.require(), taskId);
    }

    @PostMapping(path = "/office/api/tasks/{taskId}/claim", produces = "application/json")
    @RequiresPermission("desk.work")
    @Operation(operationId = "claimTask", summary = "Claim a task")
    @ApiResponse(responseCode = "200", description = "The task as it now is")
    @ApiResponse(responseCode = "404", description = TASK_NOT_FOUND,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "409", description = TASK_CHANGED,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    TaskView claim(@PathVariable UUID taskId, @RequestBody VersionRequest request) {
        return desk.claim(CurrentUser.require(), taskId, request.version());
    }

    @PostMapping(path = "/office/api/tasks/{taskId}/release", produces = "application/json")
    @RequiresPermission("desk.work")
    @Operation(operationId = "releaseTask", summary = "Release a claimed task")
    @ApiResponse(responseCode = "200", description = "The task as it now is")
    @ApiResponse(responseCode = "404", description = TASK_NOT_FOUND,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "409", description = TASK_CHANGED,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    TaskView release(@PathVariable UUID taskId, @RequestBody VersionRequest request) {
        return desk.release(CurrentUser.require(), taskId, request.version());
    }

    /**
     * The answer to an action: the task's fields as it now is, and {@code opened}, the tasks the
     * action opened (the next step's, one per department; empty while other branches are open or
     * when the case ended), so that a system following the case need not read it again.
     */
    record ActionResponse(@JsonUnwrapped TaskView task, List<TaskView> opened) {

        static ActionResponse of(ActionOutcome outcome) {
            return new ActionResponse(outcome.task(), outcome.opened());
        }
    }

    @PostMapping(path = "/office/api/tasks/{taskId}/actions", produces = "application/json")
    @RequiresPermission("desk.work")
    @Operation(operationId = "actOnTask", summary = "Act on a task",
            description = "accept, refuse, correction, approve, reject, return, transfer, request-extension, "
                    + "approve-extension, reject-extension, suspend or resume; one transaction with its history, "
                    + "audit entry and events.")
    @ApiResponse(responseCode = "200", description = "The task as it now is, and the tasks the action opened")
    @ApiResponse(responseCode = "404", description = TASK_NOT_FOUND,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "409", description = TASK_CHANGED,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "422", description = "action_not_allowed, reason_required, "
            + "correction_already_requested, correction_period_over, correction_items_required, node_not_earlier, "
            + "department_not_found, suspension_kind_required …",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    ActionResponse act(@PathVariable UUID taskId, @RequestBody ActionRequest request) {
        TaskAction action = switch (request.action() == null ? "" : request.action()) {
            case "accept" -> new TaskAction.Accept(request.opinion());
            case "refuse" -> new TaskAction.RefuseToAccept(request.opinion());
            case "correction" -> new TaskAction.RequestCorrection(request.missing() == null ? List.of() : request.missing());
            case "approve" -> new TaskAction.Approve(request.opinion());
            case "reject" -> new TaskAction.Reject(request.opinion(), request.legalBasis());
            case "return" -> new TaskAction.ReturnTo(request.node(), request.opinion());
            case "transfer" -> new TaskAction.Transfer(request.department(), request.opinion());
            case "request-extension" -> new TaskAction.RequestExtension(request.opinion());
            case "approve-extension" -> new TaskAction.ApproveExtension(request.opinion());
            case "reject-extension" -> new TaskAction.RejectExtension(request.opinion());
            case "suspend" -> new TaskAction.Suspend(request.procedure(), request.opinion());
            case "resume" -> new TaskAction.Resume(request.opinion());
            default -> throw new WorkflowException(WorkflowError.ACTION_NOT_ALLOWED);
        };
        return ActionResponse.of(desk.perform(CurrentUser.require(), taskId, request.version(), action));
    }

    /** A parameter of the wrong type or value (an unknown view or state, a date that is not one). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> parameterInvalid(MethodArgumentTypeMismatchException e) {
        return e.getName().equals("taskId")
                ? ResponseEntity.status(WorkflowError.TASK_NOT_FOUND.status())
                        .body(new ErrorBody(WorkflowError.TASK_NOT_FOUND.code(), List.of()))
                : ResponseEntity.badRequest().body(ErrorBody.of(ApiError.PARAMETER_INVALID));
    }

    @ExceptionHandler(WorkflowException.class)
    ResponseEntity<ErrorBody> refused(WorkflowException e) {
        return ResponseEntity.status(e.error().status()).body(new ErrorBody(e.code(), List.of()));
    }
}
