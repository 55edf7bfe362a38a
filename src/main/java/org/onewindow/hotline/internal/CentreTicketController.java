package org.onewindow.hotline.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.platform.RequiresPermission;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A ticket as the 12345 centre sees it, with the actions of each role: dispatch (dispatcher),
 * return visit, closing and merging (operator), supervision notes (supervisor).
 */
@Controller
class CentreTicketController {

    private final TicketSteps steps;
    private final TicketViews views;
    private final TicketRecords records;
    private final DispatchingTickets dispatching;
    private final ReturnVisits visits;
    private final ClosingTickets closing;
    private final MergingTickets merging;
    private final Supervision supervision;
    private final Contacts contacts;
    private final Departments departments;
    private final AuditLog audit;
    private final PhotoDownloads photoDownloads;
    private final ReassigningTickets reassigning;
    private final TicketExtensions extensions;

    CentreTicketController(TicketSteps steps, TicketViews views, TicketRecords records,
            DispatchingTickets dispatching, ReturnVisits visits, ClosingTickets closing, MergingTickets merging,
            Supervision supervision, Contacts contacts, Departments departments, AuditLog audit,
            PhotoDownloads photoDownloads, ReassigningTickets reassigning, TicketExtensions extensions) {
        this.steps = steps;
        this.views = views;
        this.records = records;
        this.dispatching = dispatching;
        this.visits = visits;
        this.closing = closing;
        this.merging = merging;
        this.supervision = supervision;
        this.contacts = contacts;
        this.departments = departments;
        this.audit = audit;
        this.photoDownloads = photoDownloads;
        this.reassigning = reassigning;
        this.extensions = extensions;
    }

    @GetMapping("/office/hotline/tickets/{id}")
    @RequiresPermission("hotline.centre")
    String ticket(@PathVariable UUID id, Model model) {
        return render(id, Map.of(), model);
    }

    @PostMapping("/office/hotline/tickets/{id}/dispatch")
    @RequiresPermission("hotline.dispatch")
    String dispatch(@PathVariable UUID id, @RequestParam int version,
            @RequestParam(required = false) UUID department, @RequestParam(defaultValue = "") String note,
            HttpServletRequest request, Model model) {
        return act(id, "dispatch", request, model, (user, who) ->
                dispatching.dispatch(user, id, version, department, note, who));
    }

    @PostMapping("/office/hotline/tickets/{id}/reassign")
    @RequiresPermission("hotline.dispatch")
    String reassign(@PathVariable UUID id, @RequestParam int version,
            @RequestParam(required = false) UUID department, @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request, Model model) {
        return act(id, "reassign", request, model, (user, who) ->
                reassigning.reassign(user, id, version, department, reason, who));
    }

    @PostMapping("/office/hotline/tickets/{id}/extension")
    @RequiresPermission("hotline.dispatch")
    String extension(@PathVariable UUID id, @RequestParam int version, @RequestParam String decision,
            @RequestParam(defaultValue = "") String note, HttpServletRequest request, Model model) {
        return act(id, "extension", request, model, (user, who) ->
                extensions.decide(user, id, version, "approve".equals(decision), note, who));
    }

    @PostMapping("/office/hotline/tickets/{id}/visit")
    @RequiresPermission("hotline.intake")
    String visit(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "0") int satisfaction,
            @RequestParam(defaultValue = "false") boolean solved, @RequestParam(defaultValue = "") String note,
            HttpServletRequest request, Model model) {
        return act(id, "visit", request, model, (user, who) ->
                visits.record(user, id, version, satisfaction, solved, note, who));
    }

    @PostMapping("/office/hotline/tickets/{id}/close")
    @RequiresPermission("hotline.intake")
    String close(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
            HttpServletRequest request, Model model) {
        return act(id, "close", request, model, (user, who) -> closing.close(user, id, version, note, who));
    }

    @PostMapping("/office/hotline/tickets/{id}/merge")
    @RequiresPermission("hotline.intake")
    String merge(@PathVariable UUID id, @RequestParam int version, @RequestParam String main,
            HttpServletRequest request, Model model) {
        return act(id, "merge", request, model, (user, who) -> merging.merge(user, id, version,
                records.byNumber(main.strip()).map(Ticket::id).orElse(id), who));
    }

    @PostMapping("/office/hotline/tickets/{id}/supervise")
    @RequiresPermission("hotline.supervise")
    String supervise(@PathVariable UUID id, @RequestParam(defaultValue = "") String note,
            HttpServletRequest request, Model model) {
        return act(id, "supervise", request, model, (user, who) -> supervision.note(user, id, note, who));
    }

    @GetMapping("/office/hotline/tickets/{id}/photos/{photoId}")
    @RequiresPermission("hotline.centre")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
        return photoDownloads.of(visible(CurrentUser.require(), id), photoId);
    }

    /** The reporter's contact in clear, for the return-visit call; audited as an unmasking. */
    @GetMapping("/office/hotline/tickets/{id}/contact")
    @RequiresPermission("hotline.intake")
    String contact(@PathVariable UUID id, HttpServletRequest request, Model model) {
        OneWindowUser user = CurrentUser.require();
        Ticket ticket = visible(user, id);
        audit.record(AuditRecord.of(AuditEvent.PERSONAL_DATA_UNMASKED, Acting.of(user, null).actor(),
                AuditResult.SUCCESS).withIp(request.getRemoteAddr()).withObject("ticket", ticket.number())
                .withDetail("reporter contact for return visit"));
        model.addAttribute("ticket", views.row(ticket, TicketViews.Viewer.CENTRE));
        model.addAttribute("contact", contacts.of(ticket));
        return "hotline/contact";
    }

    /** One step taken by the current user on the ticket. */
    @FunctionalInterface
    interface Step {
        Ticket take(OneWindowUser user, Acting who);
    }

    private String act(UUID id, String action, HttpServletRequest request, Model model, Step step) {
        OneWindowUser user = CurrentUser.require();
        Acting who = Acting.of(user, request.getRemoteAddr());
        try {
            step.take(user, who);
        } catch (HotlineException e) {
            steps.refused(id.toString(), action, e, who);
            if (e.error().status() == 404) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return render(id, Map.of("actions", e.code()), model);
        }
        return "redirect:/office/hotline/tickets/" + id + "?done";
    }

    private String render(UUID id, Map<String, String> errors, Model model) {
        OneWindowUser user = CurrentUser.require();
        Ticket ticket = visible(user, id);
        model.addAttribute("ticket", views.full(ticket, TicketViews.Viewer.CENTRE));
        model.addAttribute("errors", errors);
        model.addAttribute("proposed", dispatching.proposed(ticket).orElse(null));
        model.addAttribute("allDepartments", departments.all());
        model.addAttribute("extension", extensions.pending(ticket.id()).orElse(null));
        model.addAttribute("followers", views.rows(records.followers(ticket.id()), TicketViews.Viewer.CENTRE));
        model.addAttribute("similar", ticket.state().isOpen()
                ? views.rows(records.similarOpen(ticket.serviceCode(), ticket.district(), ticket.id(), 10),
                        TicketViews.Viewer.CENTRE)
                : java.util.List.of());
        return "hotline/ticket";
    }

    private Ticket visible(OneWindowUser user, UUID id) {
        Ticket ticket = records.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (user.scope() == null || !user.scope().coversRegion(ticket.district())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ticket;
    }
}
