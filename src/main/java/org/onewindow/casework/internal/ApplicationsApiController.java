package org.onewindow.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.casework.internal.CaseRecords.CaseRecord;
import org.onewindow.casework.internal.api.ApiError;
import org.onewindow.casework.internal.api.ApplicationsApi;
import org.onewindow.casework.internal.api.CaseDetail;
import org.onewindow.casework.internal.api.CasePage;
import org.onewindow.casework.internal.api.Cursor;
import org.onewindow.casework.internal.api.ErrorBody;
import org.onewindow.casework.internal.api.TimelineView;
import org.onewindow.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The citizen's cases as JSON: list, one case, its timeline, withdrawal; someone else's case is not found. */
@RestController
@ApplicationsApi
@RequestMapping(path = "/api/applications", produces = "application/json")
@Tag(name = "Applications")
class ApplicationsApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final CaseRecords cases;
    private final ApplicantTimeline timelines;
    private final Applying applying;
    private final Applicants applicants;
    private final ApiViews views;

    ApplicationsApiController(CaseRecords cases, ApplicantTimeline timelines, Applying applying,
            Applicants applicants, ApiViews views) {
        this.cases = cases;
        this.timelines = timelines;
        this.applying = applying;
        this.applicants = applicants;
        this.views = views;
    }

    @GetMapping
    @Operation(operationId = "listApplications", summary = "List my cases",
            description = "Newest first, keyset-paginated: pass the previous page's nextCursor as cursor.")
    @ApiResponse(responseCode = "200", description = "One page of cases")
    @ApiResponse(responseCode = "400", description = "page_invalid (size outside 1–100) or cursor_invalid",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    CasePage list(
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "cases per page, 1–100") @RequestParam(defaultValue = "20") int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiError.PAGE_INVALID.exception();
        }
        Optional<Cursor> after = Optional.ofNullable(cursor).filter(c -> !c.isBlank()).map(Cursor::decode);
        List<CaseRecord> page = cases.mine(CurrentUser.require().id(), after.map(Cursor::submittedAt).orElse(null),
                after.map(Cursor::id).orElse(null), size + 1);
        List<CaseRecord> shown = page.subList(0, Math.min(size, page.size()));
        String next = page.size() > size
                ? new Cursor(shown.getLast().submittedAt(), shown.getLast().id()).encode()
                : null;
        return new CasePage(shown.stream().map(views::summary).toList(), next);
    }

    @GetMapping("/{applicationId}")
    @Operation(operationId = "getApplication", summary = "Get one of my cases",
            description = "With the other cases of the same bundle submission.")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "404", description = "application_not_found: no such case, or not yours",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    CaseDetail get(@PathVariable UUID applicationId) {
        return detail(mine(applicationId));
    }

    @GetMapping("/{applicationId}/timeline")
    @Operation(operationId = "getApplicationTimeline", summary = "Get a case's timeline",
            description = "What happened to the case, oldest first.")
    @ApiResponse(responseCode = "200", description = "The timeline")
    @ApiResponse(responseCode = "404", description = "application_not_found",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    TimelineView timeline(@PathVariable UUID applicationId) {
        return views.timeline(timelines.of(mine(applicationId).id()));
    }

    @PostMapping("/{applicationId}/withdraw")
    @Operation(operationId = "withdrawApplication", summary = "Withdraw a case",
            description = "Only before a department has accepted it (status submitted or correction_requested).")
    @ApiResponse(responseCode = "200", description = "The case, now withdrawn")
    @ApiResponse(responseCode = "404", description = "application_not_found",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "409", description = "withdraw_not_allowed: already accepted, decided or withdrawn",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    CaseDetail withdraw(@PathVariable UUID applicationId, HttpServletRequest request) {
        CaseRecord record = mine(applicationId);
        if (applying.withdraw(applicants.current(request, null), record.id()).isPresent()) {
            throw ApiError.WITHDRAW_NOT_ALLOWED.exception();
        }
        return detail(mine(applicationId));
    }

    private CaseDetail detail(CaseRecord record) {
        return views.detail(record, record.bundleSubmissionId() == null
                ? List.of()
                : cases.ofBundle(record.bundleSubmissionId()));
    }

    private CaseRecord mine(UUID applicationId) {
        return cases.mine(CurrentUser.require().id(), applicationId)
                .orElseThrow(ApiError.APPLICATION_NOT_FOUND::exception);
    }
}
