package org.onewindow.hotline.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.hotline.HotlineException;
import org.onewindow.hotline.TicketState;
import org.onewindow.identity.CurrentUser;
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
 * A department's hotline queue and ticket page: sign for, handle, reply, dispute. Another
 * department's ticket is not found, and a refused step is audited.
 */
@Controller
class DepartmentDeskController {

    private static final List<TicketState> HELD = List.of(
            TicketState.DISPATCHED, TicketState.REOPENED, TicketState.SIGNED, TicketState.HANDLING);

    private final DepartmentHandling handling;
    private final TicketRecords records;
    private final TicketSteps steps;
    private final TicketViews views;
    private final Contacts contacts;
    private final AuditLog audit;
    private final PhotoDownloads photoDownloads;
    private final TicketExtensions extensions;
    private final TicketClock ticketClock;

    DepartmentDeskController(DepartmentHandling handling, TicketRecords records, TicketSteps steps,
            TicketViews views, Contacts contacts, AuditLog audit, PhotoDownloads photoDownloads,
            TicketExtensions extensions, TicketClock ticketClock) {
        this.handling = handling;
        this.records = records;
        this.steps = steps;
        this.views = views;
        this.contacts = contacts;
        this.audit = audit;
        this.photoDownloads = photoDownloads;
        this.extensions = extensions;
        this.ticketClock = ticketClock;
    }

    @GetMapping("/office/hotline/department")
    @RequiresPermission("hotline.handle")
    String queue(Model model) {
        OneWindowUser user = CurrentUser.require();
        model.addAttribute("tickets", views.rows(records.ofDepartment(user.scope().departmentId(), HELD, 200),
                TicketViews.Viewer.DEPARTMENT));
        return "hotline/department";
    }

    @GetMapping("/office/hotline/department/tickets/{id}")
    @RequiresPermission("hotline.handle")
    String ticket(@PathVariable UUID id, HttpServletRequest request, Model model) {
        return render(id, Map.of(), request, model);
    }

    /**
     * The reporter's contact, for a department that needs to reach them: refused and audited for a
     * confidential ticket, unmasked and audited otherwise.
     */
    @GetMapping("/office/hotline/department/tickets/{id}/reporter")
    @RequiresPermission("hotline.handle")
    String reporter(@PathVariable UUID id, HttpServletRequest request, Model model) {
        OneWindowUser user = CurrentUser.require();
        Acting who = Acting.of(user, request.getRemoteAddr());
        Ticket ticket = visible(user, id, who);
        if (ticket.confidential()) {
            audit.recordIndependently(AuditRecord.of(AuditEvent.PERMISSION_DENIED, who.actor(), AuditResult.DENIED)
                    .withIp(who.ip()).withObject("ticket", ticket.number()).withDetail("reporter_confidential"));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "reporter_confidential");
        }
        audit.record(AuditRecord.of(AuditEvent.PERSONAL_DATA_UNMASKED, who.actor(), AuditResult.SUCCESS)
                .withIp(who.ip()).withObject("ticket", ticket.number()).withDetail("reporter contact for handling"));
        model.addAttribute("ticket", views.row(ticket, TicketViews.Viewer.DEPARTMENT));
        model.addAttribute("contact", contacts.of(ticket));
        return "hotline/contact";
    }

    @GetMapping("/office/hotline/department/tickets/{id}/photos/{photoId}")
    @RequiresPermission("hotline.handle")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID photoId,
            HttpServletRequest request) {
        OneWindowUser user = CurrentUser.require();
        return photoDownloads.of(visible(user, id, Acting.of(user, request.getRemoteAddr())), photoId);
    }

    @PostMapping("/office/hotline/department/tickets/{id}/sign")
    @RequiresPermission("hotline.handle")
    String sign(@PathVariable UUID id, @RequestParam int version, HttpServletRequest request, Model model) {
        return act(id, "sign", request, model, (user, who) -> handling.signFor(user, id, version, who));
    }

    @PostMapping("/office/hotline/department/tickets/{id}/handle")
    @RequiresPermission("hotline.handle")
    String handle(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
            HttpServletRequest request, Model model) {
        return act(id, "handle", request, model, (user, who) -> handling.startHandling(user, id, version, note, who));
    }

    @PostMapping("/office/hotline/department/tickets/{id}/reply")
    @RequiresPermission("hotline.handle")
    String reply(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") String reply,
            HttpServletRequest request, Model model) {
        return act(id, "reply", request, model, (user, who) -> handling.reply(user, id, version, reply, who));
    }

    @PostMapping("/office/hotline/department/tickets/{id}/extension")
    @RequiresPermission("hotline.handle")
    String extension(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "0") int units,
            @RequestParam(defaultValue = "") String reason, HttpServletRequest request, Model model) {
        return act(id, "extension", request, model, (user, who) -> {
            extensions.request(user, id, version, units, reason, who);
            return null;
        });
    }

    @PostMapping("/office/hotline/department/tickets/{id}/dispute")
    @RequiresPermission("hotline.handle")
    String dispute(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request, Model model) {
        return act(id, "dispute", request, model, (user, who) -> handling.dispute(user, id, version, reason, who));
    }

    private String act(UUID id, String action, HttpServletRequest request, Model model,
            CentreTicketController.Step step) {
        OneWindowUser user = CurrentUser.require();
        Acting who = Acting.of(user, request.getRemoteAddr());
        try {
            step.take(user, who);
        } catch (HotlineException e) {
            steps.refused(id.toString(), action, e, who);
            if (e.error().status() == 404) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            if (e.error().status() == 403) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.code());
            }
            return render(id, Map.of("actions", e.code()), request, model);
        }
        return "disputed".equals(action) || "dispute".equals(action)
                ? "redirect:/office/hotline/department?disputed"
                : "redirect:/office/hotline/department/tickets/" + id + "?done";
    }

    private String render(UUID id, Map<String, String> errors, HttpServletRequest request, Model model) {
        OneWindowUser user = CurrentUser.require();
        Ticket ticket = visible(user, id, Acting.of(user, request.getRemoteAddr()));
        model.addAttribute("ticket", views.full(ticket, TicketViews.Viewer.DEPARTMENT));
        model.addAttribute("errors", errors);
        model.addAttribute("extension", extensions.pending(ticket.id()).orElse(null));
        model.addAttribute("replyLimit", ticketClock.replyDeadline(ticket).filter(d -> d.state().isActive())
                .map(d -> d.limit()).orElse(null));
        return "hotline/department-ticket";
    }

    private Ticket visible(OneWindowUser user, UUID id, Acting who) {
        try {
            return handling.visible(user, id);
        } catch (HotlineException e) {
            audit.recordIndependently(AuditRecord.of(AuditEvent.PERMISSION_DENIED, who.actor(), AuditResult.DENIED)
                    .withIp(who.ip()).withObject("ticket", id.toString()).withDetail("ticket_not_found"));
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
