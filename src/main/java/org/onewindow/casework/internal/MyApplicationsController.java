package org.onewindow.casework.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.casework.internal.CaseRecords.CaseRecord;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Departments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "My applications": open drafts, cases with status and timeline, receipts, withdrawal. */
@Controller
class MyApplicationsController {

    private static final int PAGE = 20;

    private final CaseRecords cases;
    private final ApplicantTimeline timelines;
    private final Drafts drafts;
    private final Catalog catalog;
    private final Departments departments;
    private final Applying applying;
    private final Applicants applicants;
    private final ReceiptPdf receiptPdf;
    private final org.onewindow.casework.internal.attachments.Attachments attachments;

    MyApplicationsController(
            CaseRecords cases,
            ApplicantTimeline timelines,
            Drafts drafts,
            Catalog catalog,
            Departments departments,
            Applying applying,
            Applicants applicants,
            ReceiptPdf receiptPdf,
            org.onewindow.casework.internal.attachments.Attachments attachments) {
        this.cases = cases;
        this.timelines = timelines;
        this.drafts = drafts;
        this.catalog = catalog;
        this.departments = departments;
        this.applying = applying;
        this.applicants = applicants;
        this.receiptPdf = receiptPdf;
        this.attachments = attachments;
    }

    /** One line of the list: the case and the name of what it is for. */
    record Line(CaseRecord record, String itemName) {}

    /** An open draft and the name of what it is for. */
    record DraftLine(Drafts.Draft draft, String name) {}

    @GetMapping("/applications")
    String list(
            @RequestParam(required = false) Instant beforeAt,
            @RequestParam(required = false) UUID beforeId,
            Model model) {
        UUID me = CurrentUser.require().id();
        List<CaseRecord> page = cases.mine(me, beforeAt, beforeId, PAGE);
        model.addAttribute("cases", page.stream().map(c -> new Line(c, itemName(c.itemCode()))).toList());
        model.addAttribute("next", page.size() == PAGE ? page.getLast() : null);
        model.addAttribute("drafts", drafts.openOf(me).stream()
                .map(d -> new DraftLine(d, d.kind() == Drafts.Kind.ITEM ? itemName(d.code()) : bundleName(d.code())))
                .toList());
        return "casework/applications";
    }

    /** Where a submission lands: the one case, or the bundle's cases on one page. */
    @GetMapping("/applications/submitted/{draftId}")
    String submitted(@PathVariable UUID draftId, Model model) {
        UUID me = CurrentUser.require().id();
        drafts.mine(me, draftId).orElseThrow(ApplyController::notFound);
        List<CaseRecord> created = cases.ofDraft(draftId);
        if (created.isEmpty()) {
            return "redirect:/drafts/" + draftId;
        }
        model.addAttribute("cases", created.stream().map(c -> new Line(c, itemName(c.itemCode()))).toList());
        return "casework/submitted";
    }

    @GetMapping("/applications/{caseId}")
    String detail(@PathVariable UUID caseId, Model model) {
        CaseRecord record = mine(caseId);
        model.addAttribute("line", new Line(record, itemName(record.itemCode())));
        model.addAttribute("timeline", timelines.of(caseId));
        model.addAttribute("department", Optional.ofNullable(record.acceptingDepartmentId())
                .flatMap(departments::byId).orElse(null));
        model.addAttribute("item", catalog.item(record.itemCode()).orElse(null));
        model.addAttribute("siblings", record.bundleSubmissionId() == null
                ? List.of()
                : cases.ofBundle(record.bundleSubmissionId()).stream()
                        .map(c -> new Line(c, itemName(c.itemCode())))
                        .toList());
        return "casework/application";
    }

    @PostMapping("/applications/{caseId}/withdraw")
    String withdraw(@PathVariable UUID caseId, HttpServletRequest request, Model model) {
        mine(caseId);
        Optional<String> refused = applying.withdraw(applicants.current(request, null), caseId);
        if (refused.isPresent()) {
            detail(caseId, model);
            model.addAttribute("errors", java.util.Map.of("withdraw", refused.get()));
            return "casework/application";
        }
        return "redirect:/applications/" + caseId + "?withdrawn";
    }

    /** The applicant sends the corrected materials (uploaded with the request) back to the department. */
    @PostMapping("/applications/{caseId}/resubmit")
    String resubmit(@PathVariable UUID caseId, HttpServletRequest request, Model model) {
        CaseRecord record = mine(caseId);
        Applicant applicant = applicants.current(request, null);
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (record.status() != org.onewindow.casework.ApplicationStatus.CORRECTION_REQUESTED) {
            errors.put("resubmit", "resubmit_not_allowed");
        } else if (request instanceof org.springframework.web.multipart.MultipartHttpServletRequest multipart) {
            for (var entry : multipart.getMultiFileMap().entrySet()) {
                if (!entry.getKey().startsWith("file:")) {
                    continue;
                }
                for (var file : entry.getValue()) {
                    if (file.isEmpty()) {
                        continue;
                    }
                    try (java.io.InputStream content = file.getInputStream()) {
                        attachments.upload(record.draftId(), entry.getKey().substring(5), file.getOriginalFilename(),
                                content);
                    } catch (org.onewindow.platform.UploadRejected rejected) {
                        errors.put("resubmit", rejected.code());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }
        Optional<String> refused = errors.isEmpty() ? applying.resubmit(applicant, caseId) : Optional.empty();
        refused.ifPresent(code -> errors.put("resubmit", code));
        if (!errors.isEmpty()) {
            detail(caseId, model);
            model.addAttribute("errors", errors);
            return "casework/application";
        }
        return "redirect:/applications/" + caseId + "?saved";
    }

    @GetMapping("/applications/{caseId}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable UUID caseId) {
        CaseRecord record = mine(caseId);
        byte[] pdf = receiptPdf.render(record, itemName(record.itemCode()),
                Optional.ofNullable(record.acceptingDepartmentId()).flatMap(departments::byId).orElse(null),
                catalog.item(record.itemCode()).orElse(null));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"receipt-" + record.receiptNumber() + ".pdf\"")
                .body(pdf);
    }

    private CaseRecord mine(UUID caseId) {
        return cases.mine(CurrentUser.require().id(), caseId).orElseThrow(ApplyController::notFound);
    }

    private String itemName(String code) {
        return catalog.item(code).map(ServiceItem::name).orElse(code);
    }

    private String bundleName(String code) {
        return catalog.bundle(code).map(b -> b.name()).orElse(code);
    }
}
