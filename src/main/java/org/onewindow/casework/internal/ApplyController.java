package org.onewindow.casework.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.casework.internal.Applying.Submission;
import org.onewindow.casework.internal.Drafts.Draft;
import org.onewindow.casework.internal.attachments.AttachmentInfo;
import org.onewindow.casework.internal.attachments.Attachments;
import org.onewindow.catalog.Audience;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Departments;
import org.onewindow.platform.FileDownloads;
import org.onewindow.platform.UploadRejected;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The citizen's application pages: choose who applies, fill in the form (prefilled fields locked),
 * upload materials, save the draft, submit once.
 */
@Controller
class ApplyController {

    private final Catalog catalog;
    private final Applying applying;
    private final Drafts drafts;
    private final Attachments attachments;
    private final Applicants applicants;
    private final Departments departments;
    private final MaterialCertificates materialCertificates;
    private final AuditLog audit;
    private final MaterialUploads uploads;

    ApplyController(
            Catalog catalog,
            Applying applying,
            Drafts drafts,
            Attachments attachments,
            Applicants applicants,
            Departments departments,
            MaterialCertificates materialCertificates,
            AuditLog audit,
            MaterialUploads uploads) {
        this.catalog = catalog;
        this.applying = applying;
        this.drafts = drafts;
        this.attachments = attachments;
        this.applicants = applicants;
        this.departments = departments;
        this.materialCertificates = materialCertificates;
        this.audit = audit;
        this.uploads = uploads;
    }

    @GetMapping("/apply/{code}")
    String startItem(@PathVariable String code, Model model) {
        ServiceItem item = catalog.item(code).filter(ServiceItem::online).orElseThrow(ApplyController::notFound);
        model.addAttribute("kind", Drafts.Kind.ITEM);
        model.addAttribute("code", item.code());
        model.addAttribute("title", item.name());
        model.addAttribute("forCitizens", item.isFor(Audience.CITIZEN) || !needsBusiness(item.form()));
        model.addAttribute("businesses", item.isFor(Audience.BUSINESS)
                ? applicants.businessesOf(CurrentUser.require())
                : List.of());
        return "casework/start";
    }

    @GetMapping("/apply/bundles/{code}")
    String startBundle(@PathVariable String code, Model model) {
        Bundle bundle = catalog.bundle(code).orElseThrow(ApplyController::notFound);
        model.addAttribute("kind", Drafts.Kind.BUNDLE);
        model.addAttribute("code", bundle.code());
        model.addAttribute("title", bundle.name());
        model.addAttribute("forCitizens", bundle.audience() == Audience.CITIZEN || !needsBusiness(bundle.form()));
        model.addAttribute("businesses", bundle.audience() == Audience.BUSINESS
                ? applicants.businessesOf(CurrentUser.require())
                : List.of());
        return "casework/start";
    }

    /**
     * Whether only an existing business can apply (its form draws on the legal-entity registry);
     * a founder applying to establish a business applies as a citizen.
     */
    private static boolean needsBusiness(org.onewindow.catalog.Form form) {
        return form.fields().stream().anyMatch(f -> f.prefill() != null && f.prefill().startsWith("legalEntity."));
    }

    @PostMapping("/drafts")
    String createDraft(
            @RequestParam Drafts.Kind kind,
            @RequestParam String code,
            @RequestParam(name = "as", required = false) String creditCode,
            HttpServletRequest request) {
        Applicant applicant = applicants.current(request, creditCode);
        Draft draft = applying.start(applicant, kind, code).orElseThrow(ApplyController::notFound);
        return "redirect:/drafts/" + draft.id();
    }

    @GetMapping("/drafts/{draftId}")
    String draft(@PathVariable UUID draftId, @RequestParam(required = false) String error, HttpServletRequest request,
            Model model) {
        Draft draft = mine(draftId);
        if (draft.submitted()) {
            return "redirect:/applications/submitted/" + draftId;
        }
        Map<String, String> errors = "file_too_large".equals(error)
                ? Map.of("application-form", "file_too_large")
                : Map.of();
        return render(draft, draft.content().values(), errors, model,
                applicants.current(request, draft.businessCreditCode()));
    }

    /** A draft whose item (or bundle) left the catalogue cannot be shown or submitted any more. */
    @ExceptionHandler(Applying.ItemWithdrawn.class)
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.GONE)
    String itemWithdrawn(Model model) {
        model.addAttribute("errorCode", "item_withdrawn");
        return "casework/gone";
    }

    /** A request over the upload limit never reaches the handler: back to the draft, saying why. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.matches("/drafts/[0-9a-f-]{36}") ? "redirect:" + path + "?error=file_too_large" : "redirect:/applications";
    }

    @PostMapping("/drafts/{draftId}")
    String act(
            @PathVariable UUID draftId,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(defaultValue = "-1") int version,
            HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            Model model) {
        Draft draft = mine(draftId);
        if (draft.submitted()) {
            return "redirect:/applications/submitted/" + draftId;
        }
        Applicant applicant = applicants.current(request, draft.businessCreditCode());
        MaterialCertificates.Posted certificates = materialCertificates.read(draft, applicant, request.getParameterMap());
        if (certificates.foreign()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return refuseForeignCertificate(draft, applicant, certificates, model);
        }
        Map<String, String> errors = new LinkedHashMap<>(store(draft, request, applicant));
        certificates.errors().forEach((material, code) -> errors.put("material-" + material, code));
        if (action.startsWith("remove:")) {
            attachments.remove(draft.id(), UUID.fromString(action.substring("remove:".length())));
        }
        if (action.equals("submit") && errors.isEmpty()) {
            materialCertificates.replace(draftId, certificates.chosen());
            Submission submission = applying.submit(applicant, draftId, request.getParameterMap());
            if (submission.errors().isEmpty()) {
                return "redirect:/applications/submitted/" + draftId;
            }
            submission.errors().forEach(e -> errors.putIfAbsent(e.field(), e.code()));
            Draft saved = mine(draftId);
            return render(saved, saved.content().values(), errors, model, applicant);
        }
        if (draft.version() != version) {
            errors.put("application-form", "draft_changed");
            return render(draft, draft.content().values(), errors, model, applicant);
        }
        applying.save(draft, request.getParameterMap());
        materialCertificates.replace(draftId, certificates.chosen());
        Draft saved = mine(draftId);
        if (errors.isEmpty() && action.equals("save")) {
            return "redirect:/drafts/" + draftId + "?saved";
        }
        return render(saved, saved.content().values(), errors, model, applicant);
    }

    /**
     * A consent box naming a certificate that is not the applicant's (a forged or stale form): the
     * whole post is refused, nothing is stored or changed, and the attempt is audited.
     */
    private String refuseForeignCertificate(Draft draft, Applicant applicant, MaterialCertificates.Posted certificates,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        certificates.errors().forEach((material, code) -> errors.put("material-" + material, code));
        audit.recordIndependently(AuditRecord.of(AuditEvent.CERTIFICATE_REUSED,
                        Actor.citizen(applicant.citizen().id().toString(), applicant.citizen().name()), AuditResult.DENIED)
                .withIp(applicant.ip())
                .withObject("draft", draft.id().toString())
                .withDetail(MaterialCertificates.NOT_YOURS));
        return render(draft, draft.content().values(), errors, model, applicant);
    }

    @GetMapping("/drafts/{draftId}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID draftId, @PathVariable UUID attachmentId) {
        Draft draft = mine(draftId);
        AttachmentInfo attachment = attachments.find(draft.id(), attachmentId).orElseThrow(ApplyController::notFound);
        return AttachmentDownloads.of(attachment, attachments.open(attachment));
    }

    /** Stores the files posted with the form; returns errors by material field. */
    private Map<String, String> store(Draft draft, HttpServletRequest request, Applicant applicant) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            return errors;
        }
        for (Map.Entry<String, List<MultipartFile>> entry : multipart.getMultiFileMap().entrySet()) {
            if (!entry.getKey().startsWith("file:")) {
                continue;
            }
            String material = entry.getKey().substring("file:".length());
            for (MultipartFile file : entry.getValue()) {
                if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
                    continue;
                }
                try (InputStream content = file.getInputStream()) {
                    uploads.upload(applicant, draft.id(), material, file.getOriginalFilename(), content)
                            .ifPresent(code -> errors.put("material-" + material, code));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return errors;
    }

    private String render(Draft draft, Map<String, Object> values, Map<String, String> errors, Model model,
            Applicant applicant) {
        DraftPage.fill(model, draft, values, errors, catalog, attachments.ofDraft(draft.id()), departments.regions(),
                materialCertificates.offers(draft, applicant));
        return "casework/draft";
    }

    private Draft mine(UUID draftId) {
        return drafts.mine(CurrentUser.require().id(), draftId).orElseThrow(ApplyController::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "not_found");
    }

    /** Builds an attachment download: served as a file, never shown inline. */
    static final class AttachmentDownloads {
        private AttachmentDownloads() {}

        static ResponseEntity<InputStreamResource> of(AttachmentInfo attachment, InputStream content) {
            return FileDownloads.attachment(attachment.fileName(), attachment.contentType(), attachment.size(),
                    content);
        }
    }
}
