package org.onewindow.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.casework.internal.ApplyingInOneCall.KeyReused;
import org.onewindow.casework.internal.ApplyingInOneCall.NotInCatalogue;
import org.onewindow.casework.internal.ApplyingInOneCall.Refused;
import org.onewindow.casework.internal.ApplyingInOneCall.Submitted;
import org.onewindow.casework.internal.ApplyingInOneCall.Upload;
import org.onewindow.casework.internal.api.ApiError;
import org.onewindow.casework.internal.api.ApplicationsApi;
import org.onewindow.casework.internal.api.ErrorBody;
import org.onewindow.casework.internal.api.NewApplication;
import org.onewindow.casework.internal.api.SubmissionReceipt;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Create and submit an application in one call, for clients that already hold every value (a
 * department's system, a mobile app): what the draft calls do in three requests, in one
 * transaction, idempotent by the required {@code Idempotency-Key}. Files come as parts of a
 * multipart request, one per attachment field.
 */
@RestController
@ApplicationsApi
@RequestMapping(path = "/api/applications", produces = "application/json")
@Tag(name = "Applications")
class OneCallSubmissionApiController {

    /** The multipart part holding the {@link NewApplication} JSON. */
    static final String APPLICATION_PART = "application";

    private static final String DESCRIPTION = "Starts a draft (fields the registries know are filled in and "
            + "locked), takes the values, validates every field and creates one case per item, in one transaction: "
            + "the same prefill, validation, audit entries and events as the draft calls. Idempotency-Key is "
            + "required: a retry with the same key and the same request answers 200 with the first body and "
            + "Idempotent-Replayed: true, and never creates a second case; the same key with a different request "
            + "is refused. Values for locked, unknown or attachment fields, or of the wrong JSON shape, are errors "
            + "(not ignored as in PUT …/values). A refused request stores nothing: no draft, no case, no file.";

    private final ApplyingInOneCall applying;
    private final SubmissionGate gate;
    private final Applicants applicants;
    private final CaseRecords cases;
    private final ApiViews views;

    OneCallSubmissionApiController(ApplyingInOneCall applying, SubmissionGate gate, Applicants applicants,
            CaseRecords cases, ApiViews views) {
        this.applying = applying;
        this.gate = gate;
        this.applicants = applicants;
        this.cases = cases;
        this.views = views;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "submitApplication", summary = "Apply and submit in one call", description = DESCRIPTION
            + " Items with attachments: send multipart/form-data with the JSON as the part \"application\" "
            + "(Content-Type: application/json) and each file as a part named by its attachment field.")
    @ApiResponse(responseCode = "201", description = "Submitted: the receipts",
            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @ApiResponse(responseCode = "200", description = "A retry: the same receipts as the first time",
            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @ApiResponse(responseCode = "400", description = "idempotency_key_required, idempotency_key_invalid, "
            + "kind_invalid or body_invalid", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "404", description = "item_not_found (or not online), bundle_not_found or "
            + "business_not_found", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "413", description = "file_too_large: the request is over the upload limit",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "422", description = "validation_failed, with every field error at once "
            + "(field_required, field_locked, field_unknown, file_content_mismatch …); or idempotency_key_reused",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    ResponseEntity<?> submit(
            @RequestBody NewApplication body,
            @Parameter(description = "the client's key for this submission: printable ASCII, at most 255 characters",
                    required = true)
            @RequestHeader(name = DraftsApiController.IDEMPOTENCY_KEY, required = false) String key,
            HttpServletRequest request) {
        return submit(body, List.of(), key, request);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "submitApplicationWithFiles", summary = "Apply and submit in one call, with files",
            description = DESCRIPTION + " The part \"application\" is the JSON (Content-Type: application/json); "
                    + "every other part is a file for the attachment field it is named after, checked as on the "
                    + "draft page (PDF, JPEG or PNG by extension and content, size and count limits).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @Schema(type = "object", requiredProperties = APPLICATION_PART),
            encoding = @Encoding(name = APPLICATION_PART, contentType = MediaType.APPLICATION_JSON_VALUE)))
    @ApiResponse(responseCode = "201", description = "Submitted: the receipts",
            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @ApiResponse(responseCode = "200", description = "A retry: the same receipts as the first time",
            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @ApiResponse(responseCode = "400", description = "idempotency_key_required, idempotency_key_invalid, "
            + "kind_invalid or body_invalid (no application part)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "404", description = "item_not_found, bundle_not_found or business_not_found",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "413", description = "file_too_large: the request is over the upload limit",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "422", description = "validation_failed (file errors such as file_type_not_allowed, "
            + "file_content_mismatch, too_many_files under the field's name) or idempotency_key_reused",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    ResponseEntity<?> submitWithFiles(
            @Parameter(hidden = true) @RequestPart(name = APPLICATION_PART, required = false) NewApplication body,
            @Parameter(description = "the client's key for this submission", required = true)
            @RequestHeader(name = DraftsApiController.IDEMPOTENCY_KEY, required = false) String key,
            MultipartHttpServletRequest request) {
        if (body == null) {
            throw ApiError.BODY_INVALID.exception();
        }
        List<Upload> files = new ArrayList<>();
        for (Map.Entry<String, List<MultipartFile>> part : request.getMultiFileMap().entrySet()) {
            if (part.getKey().equals(APPLICATION_PART)) {
                continue;
            }
            for (MultipartFile file : part.getValue()) {
                if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty())) {
                    files.add(new Upload(part.getKey(), file.getOriginalFilename(), file));
                }
            }
        }
        return submit(body, files, key, request);
    }

    private ResponseEntity<?> submit(NewApplication body, List<Upload> files, String key, HttpServletRequest request) {
        if (key == null) {
            throw ApiError.IDEMPOTENCY_KEY_REQUIRED.exception();
        }
        if (!DraftsApiController.validKey(key)) {
            throw ApiError.IDEMPOTENCY_KEY_INVALID.exception();
        }
        Drafts.Kind kind = DraftsApiController.kind(body.kind());
        if (body.code() == null || body.code().isBlank()) {
            throw ApiError.BODY_INVALID.exception();
        }
        Applicant applicant;
        try {
            applicant = applicants.current(request, body.business());
        } catch (Applying.DraftNotFound notTheirs) {
            throw ApiError.BUSINESS_NOT_FOUND.exception();
        }
        String fingerprint = RequestFingerprint.of(kind.name(), body.code(), body.business(), body.values(), files);
        ApplyingInOneCall.Request submission =
                new ApplyingInOneCall.Request(kind, body.code(), body.values(), files, key, fingerprint);
        ApplyingInOneCall.Outcome outcome = gate.through(() -> applying.submit(applicant, submission));
        return switch (outcome) {
            case Submitted submitted -> ResponseEntity
                    .status(submitted.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                    .header("Idempotent-Replayed", String.valueOf(submitted.replayed()))
                    .header(DraftsApiController.IDEMPOTENCY_KEY, key)
                    // a retry reads the cases as stored; the first answer has the same values (times in
                    // microseconds, as stored), so both are the same bytes
                    .body(views.receipt(submitted.draftId(), submitted.replayed()
                            ? cases.ofDraft(submitted.draftId())
                            : submitted.cases()));
            case Refused refused -> ResponseEntity.status(ApiError.VALIDATION_FAILED.status())
                    .body(new ErrorBody(ApiError.VALIDATION_FAILED.code(), refused.errors()));
            case NotInCatalogue notFound -> throw (kind == Drafts.Kind.ITEM ? ApiError.ITEM_NOT_FOUND
                    : ApiError.BUNDLE_NOT_FOUND).exception();
            case KeyReused reused -> throw ApiError.IDEMPOTENCY_KEY_REUSED.exception();
        };
    }
}
