package org.onewindow.hotline.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Departments;
import org.onewindow.platform.RequiresPermission;
import org.onewindow.platform.UploadRejected;
import org.onewindow.platform.Uploads;
import org.onewindow.shared.DivisionCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The operator's intake form for phone calls: one page, fields in call order, and beside it the
 * open tickets of the same service in the same district that the new one may duplicate.
 */
@Controller
class IntakeController {

    private final ReceivingTickets receiving;
    private final TicketValidation validation;
    private final TicketRecords records;
    private final TicketViews views;
    private final DispatchCatalogue catalogue;
    private final Departments departments;
    private final Uploads uploads;
    private final HotlineProperties properties;

    IntakeController(ReceivingTickets receiving, TicketValidation validation, TicketRecords records,
            TicketViews views, DispatchCatalogue catalogue, Departments departments, Uploads uploads,
            HotlineProperties properties) {
        this.receiving = receiving;
        this.validation = validation;
        this.records = records;
        this.views = views;
        this.catalogue = catalogue;
        this.departments = departments;
        this.uploads = uploads;
        this.properties = properties;
    }

    @GetMapping("/office/hotline/intake")
    @RequiresPermission("hotline.intake")
    String form(@RequestParam Map<String, String> form, Model model) {
        return render(form, Map.of(), model);
    }

    @PostMapping("/office/hotline/intake")
    @RequiresPermission("hotline.intake")
    String take(@RequestParam Map<String, String> form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, HttpServletRequest request,
            Model model) {
        String emergency = form.containsKey("emergency") ? Forms.blankToNull(form.get("emergencyService")) : null;
        NewTicket input = new NewTicket(Channel.PHONE, form.get("serviceCode"), form.get("description"),
                form.get("address"), form.get("district"), null, null, Forms.attributes(form), null,
                Forms.blankToNull(form.get("contactName")), Forms.blankToNull(form.get("contactMobile")),
                form.containsKey("confidential"), emergency == null && form.containsKey("emergency") ? "" : emergency,
                null);
        Map<String, HotlineError> errors = validation.check(input);
        if (!errors.isEmpty()) {
            return render(form, Forms.codes(errors), model);
        }
        try {
            Ticket ticket = receiving.receive(input, TicketMedia.of(photos),
                    Acting.of(CurrentUser.require(), request.getRemoteAddr()));
            return "redirect:/office/hotline/tickets/" + ticket.id() + "?accepted";
        } catch (HotlineException e) {
            return render(form, Map.of("serviceCode", e.code()), model);
        } catch (UploadRejected e) {
            return render(form, Map.of("photos", Forms.photoError(e)), model);
        }
    }

    private String render(Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("services", catalogue.services());
        model.addAttribute("districts", ReportController.districts(departments));
        model.addAttribute("emergencyNumbers", TicketValidation.EMERGENCY_NUMBERS);
        model.addAttribute("similar", similar(form));
        ReportForm.photoLimits(model, uploads, properties);
        return "hotline/intake";
    }

    /** Open tickets that the call may duplicate, once service and district are known. */
    private List<TicketView> similar(Map<String, String> form) {
        String service = form.get("serviceCode");
        String district = form.get("district");
        if (catalogue.service(service).isEmpty() || district == null || !DivisionCode.isValid(district)) {
            return List.of();
        }
        return views.rows(records.similarOpen(service, DivisionCode.parse(district), null, 10),
                TicketViews.Viewer.CENTRE);
    }
}
