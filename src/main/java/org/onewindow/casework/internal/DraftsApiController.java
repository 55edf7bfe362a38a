package org.onewindow.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onewindow.casework.internal.Applying.Submission;
import org.onewindow.casework.internal.Drafts.Draft;
import org.onewindow.casework.internal.api.ApiError;
import org.onewindow.casework.internal.api.ApplicationsApi;
import org.onewindow.casework.internal.api.DraftList;
import org.onewindow.casework.internal.api.DraftView;
import org.onewindow.casework.internal.api.ErrorBody;
import org.onewindow.casework.internal.api.JsonFormParameters;
import org.onewindow.casework.internal.api.NewDraft;
import org.onewindow.casework.internal.api.SavedDraft;
import org.onewindow.casework.internal.api.SubmissionReceipt;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.Form;
import org.onewindow.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drafts as JSON: start, read, replace the values of and submit a draft.
 *
 * <p>Every step goes through {@link Applying}, as the pages do: the same prefill, locked fields,
 * validation, audit and events.
 */
@RestController
@ApplicationsApi
@RequestMapping(path = "/api/applications/drafts", produces = "application/json")
@Tag(name = "Drafts")
class DraftsApiController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;

    private final Catalog catalog;
    private final Applying applying;
    private final Drafts drafts;
    private final CaseRecords cases;
    private final Applicants applicants;
    private final ApiViews views;

    DraftsApiController(
            Catalog catalog,
            Applying applying,
            Drafts drafts,
            CaseRecords cases,
            Applicants applicants,
            ApiViews views) {
        this.catalog = catalog;
        this.applying = applying;
        this.drafts = drafts;
        this.cases = cases;
        this.applicants = applicants;
        this.views = views;
    }

    @GetMapping
    @Operation(operationId = "listDrafts", summary = "List my open drafts",
            description = "Unsubmitted drafts, most recently saved first; at most 50.")
    DraftList list() {
        return new DraftList(drafts.openOf(CurrentUser.require().id()).stream().map(views::draftEntry).toList());
    }

    @PostMapping
    @Operation(operationId = "createDraft", summary = "Start a draft",
            description = "For an item or a bundle, in person or for a business the citizen represents or acts "
                    + "for. Fields the registries know are filled in and locked.")
    @ApiResponse(responseCode = "201", description = "The new draft; Location names it")
    @ApiResponse(responseCode = "400", description = "kind_invalid or body_invalid",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "404", description = "item_not_found (or not online), bundle_not_found, or "
            + "business_not_found (not a business you may act for)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    ResponseEntity<DraftView> create(@RequestBody NewDraft body, HttpServletRequest request) {
        Drafts.Kind kind = kind(body.kind());
        if (body.code() == null || body.code().isBlank()) {
            throw ApiError.BODY_INVALID.exception();
        }
        Applicant applicant;
        try {
            applicant = applicants.current(request, body.business());
        } catch (Applying.DraftNotFound notTheirs) {
            throw ApiError.BUSINESS_NOT_FOUND.exception();
        }
        Draft draft = applying.start(applicant, kind, body.code())
                .orElseThrow(kind == Drafts.Kind.ITEM ? ApiError.ITEM_NOT_FOUND::exception
                        : ApiError.BUNDLE_NOT_FOUND::exception);
        Draft created = mine(draft.id());
        return ResponseEntity.created(URI.create("/api/applications/drafts/" + created.id()))
                .eTag(String.valueOf(created.version()))
                .body(views.draft(created));
    }

    @GetMapping("/{draftId}")
    @Operation(operationId = "getDraft", summary = "Get a draft",
            description = "Its values, which fields are locked, and its version (also the ETag).")
    @ApiResponse(responseCode = "200", description = "The draft")
    @ApiResponse(responseCode = "404", description = "draft_not_found: no such draft, or not yours",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    ResponseEntity<DraftView> get(@PathVariable UUID draftId) {
        Draft draft = mine(draftId);
        return ResponseEntity.ok().eTag(String.valueOf(draft.version())).body(views.draft(draft));
    }

    @GetMapping("/{draftId}/values")
    @Operation(operationId = "getDraftValues", summary = "Get a draft's values",
            description = "A JSON object of field name to value; the version is the ETag.")
    @ApiResponse(responseCode = "200", description = "The values")
    @ApiResponse(responseCode = "404", description = "draft_not_found",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    ResponseEntity<Map<String, Object>> values(@PathVariable UUID draftId) {
        Draft draft = mine(draftId);
        return ResponseEntity.ok().eTag(String.valueOf(draft.version())).body(draft.content().values());
    }

    @PutMapping("/{draftId}/values")
    @Operation(operationId = "replaceDraftValues", summary = "Replace a draft's values",
            description = "The body is a JSON object of field name to value: text, numbers and dates as strings "
                    + "or numbers, multiple choice as an array, addresses as {\"division\":…,\"detail\":…}, "
                    + "repeating groups as an array of objects. It replaces every value except the locked "
                    + "(registry) ones; fields not taken are listed in ignored. Send If-Match with the version "
                    + "read to refuse the save if the draft changed since. Nothing is validated until submission.")
    @ApiResponse(responseCode = "200", description = "The saved draft and the fields not taken")
    @ApiResponse(responseCode = "400", description = "body_invalid or if_match_invalid",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "404", description = "draft_not_found",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "409", description = "draft_changed (If-Match does not match, or a concurrent save) "
            + "or draft_already_submitted", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "410", description = "item_withdrawn: the item left the catalogue",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    ResponseEntity<SavedDraft> replaceValues(
            @PathVariable UUID draftId,
            @RequestBody Map<String, Object> values,
            @Parameter(description = "the draft's version, as in its ETag") @RequestHeader(name = "If-Match",
                    required = false) String ifMatch) {
        Draft draft = mine(draftId);
        if (draft.submitted()) {
            throw ApiError.DRAFT_ALREADY_SUBMITTED.exception();
        }
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")
                && version(ifMatch) != draft.version()) {
            throw ApiError.DRAFT_CHANGED.exception();
        }
        Form form = Targets.form(catalog, draft.kind(), draft.code()).orElseThrow(ApiError.ITEM_WITHDRAWN::exception);
        PostedFields.Sorted posted = PostedFields.sort(form, draft.content().locked(), values);
        if (!applying.save(draft, JsonFormParameters.of(posted.taken()))) {
            throw ApiError.DRAFT_CHANGED.exception();
        }
        Draft saved = mine(draftId);
        return ResponseEntity.ok().eTag(String.valueOf(saved.version()))
                .body(new SavedDraft(views.draft(saved), posted.ignored()));
    }

    @PostMapping("/{draftId}/submit")
    @Operation(operationId = "submitDraft", summary = "Submit a draft",
            description = "Validates every field and creates one case per item (a bundle creates linked cases). "
                    + "Idempotent: the draft id is the idempotency key, so a retry (double click, lost response) "
                    + "answers 200 with the same body and Idempotent-Replayed: true, and never creates a second "
                    + "case. An Idempotency-Key header is accepted and echoed.")
    @ApiResponse(responseCode = "201", description = "Submitted: the receipts",
            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @ApiResponse(responseCode = "200", description = "Already submitted: the same receipts as the first time",
            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @ApiResponse(responseCode = "400", description = "idempotency_key_invalid: empty, over 255 characters or not "
            + "printable ASCII", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "404", description = "draft_not_found",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "410", description = "item_withdrawn",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "422", description = "validation_failed, with field errors such as field_required",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    ResponseEntity<?> submit(
            @PathVariable UUID draftId,
            @Parameter(description = "optional; the draft id already makes the submission idempotent")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            HttpServletRequest request) {
        if (idempotencyKey != null && !validKey(idempotencyKey)) {
            throw ApiError.IDEMPOTENCY_KEY_INVALID.exception();
        }
        Draft draft = mine(draftId);
        Submission submission = applying.submit(applicants.current(request, draft.businessCreditCode()), draftId, null);
        if (!submission.errors().isEmpty()) {
            return ResponseEntity.status(ApiError.VALIDATION_FAILED.status())
                    .body(new ErrorBody(ApiError.VALIDATION_FAILED.code(), submission.errors()));
        }
        // read back as stored, so that the first answer carries the database's times like every retry
        SubmissionReceipt receipt = views.receipt(draftId, cases.ofDraft(draftId));
        ResponseEntity.BodyBuilder answer = ResponseEntity
                .status(submission.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(submission.repeated()));
        if (idempotencyKey != null) {
            answer.header(IDEMPOTENCY_KEY, idempotencyKey);
        }
        return answer.body(receipt);
    }

    private Draft mine(UUID draftId) {
        return drafts.mine(CurrentUser.require().id(), draftId).orElseThrow(ApiError.DRAFT_NOT_FOUND::exception);
    }

    /** Printable ASCII without spaces, as the key is echoed in a response header. */
    static boolean validKey(String key) {
        return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    static Drafts.Kind kind(String text) {
        if (text == null) {
            throw ApiError.KIND_INVALID.exception();
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "item" -> Drafts.Kind.ITEM;
            case "bundle" -> Drafts.Kind.BUNDLE;
            default -> throw ApiError.KIND_INVALID.exception();
        };
    }

    private static int version(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Integer.parseInt(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ApiError.IF_MATCH_INVALID.exception();
        }
    }
}
