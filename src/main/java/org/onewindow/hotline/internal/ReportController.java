package org.onewindow.hotline.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.CitizenDirectory;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.platform.UploadRejected;
import org.onewindow.shared.DivisionCode;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The citizen's web report and "my tickets" with the timeline and the department's reply. */
@Controller
class ReportController {

    private final ReceivingTickets receiving;
    private final TicketRecords records;
    private final TicketViews views;
    private final ReportForm reportForm;
    private final CitizenDirectory citizens;
    private final TicketValidation validation;
    private final PhotoDownloads photoDownloads;

    ReportController(ReceivingTickets receiving, TicketRecords records, TicketViews views, ReportForm reportForm,
            CitizenDirectory citizens, TicketValidation validation, PhotoDownloads photoDownloads) {
        this.receiving = receiving;
        this.records = records;
        this.views = views;
        this.reportForm = reportForm;
        this.citizens = citizens;
        this.validation = validation;
        this.photoDownloads = photoDownloads;
    }

    @GetMapping("/hotline/report")
    String form(Model model) {
        return render(Map.of(), Map.of(), model);
    }

    @PostMapping("/hotline/report")
    String report(@RequestParam Map<String, String> form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, HttpServletRequest request,
            Model model) {
        OneWindowUser user = CurrentUser.require();
        var profile = citizens.profile(user.id()).orElseThrow();
        NewTicket input = new NewTicket(Channel.WEB, form.get("serviceCode"), form.get("description"),
                form.get("address"), form.get("district"), null, null, Forms.attributes(form), user.id(),
                profile.name(), profile.mobile() == null ? null : profile.mobile().value(),
                form.containsKey("confidential"), null, null);
        Map<String, HotlineError> errors = validation.check(input);
        if (!errors.isEmpty()) {
            return render(form, Forms.codes(errors), model);
        }
        try {
            Ticket ticket = receiving.receive(input, TicketMedia.of(photos), Acting.of(user, request.getRemoteAddr()));
            return "redirect:/hotline/tickets/" + ticket.id() + "?accepted";
        } catch (HotlineException e) {
            return render(form, Map.of("serviceCode", e.code()), model);
        } catch (UploadRejected e) {
            return render(form, Map.of("photos", Forms.photoError(e)), model);
        }
    }

    @GetMapping("/hotline/tickets")
    String mine(Model model) {
        model.addAttribute("tickets", views.rows(records.ofReporter(CurrentUser.require().id(), 100),
                TicketViews.Viewer.REPORTER));
        return "hotline/my-tickets";
    }

    @GetMapping("/hotline/tickets/{id}")
    String ticket(@PathVariable UUID id, Model model) {
        model.addAttribute("ticket", views.full(mine(id), TicketViews.Viewer.REPORTER));
        return "hotline/my-ticket";
    }

    @GetMapping("/hotline/tickets/{id}/photos/{photoId}")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
        return photoDownloads.of(mine(id), photoId);
    }

    private Ticket mine(UUID id) {
        return records.byId(id).filter(t -> CurrentUser.require().id().equals(t.reporterId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String render(Map<String, String> form, Map<String, String> errors, Model model) {
        return reportForm.render("/hotline/report", form, errors, model);
    }

    /** The county-level divisions on record, for the district choice. */
    static List<org.onewindow.identity.Region> districts(Departments departments) {
        return departments.regions().stream()
                .filter(r -> r.code().level() == DivisionCode.Level.COUNTY).toList();
    }
}
