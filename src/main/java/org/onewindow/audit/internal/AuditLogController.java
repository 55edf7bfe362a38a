package org.onewindow.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDate;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditPage;
import org.onewindow.audit.AuditQuery;
import org.onewindow.audit.AuditTrail;
import org.onewindow.audit.AuditVerification;
import org.onewindow.audit.VerificationReport;
import org.onewindow.platform.RequiresPermission;
import org.onewindow.shared.ChinaTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit administrator's page: the log, newest first, with filters, and a button that verifies
 * the whole chain and reports the first broken link. Reading and verifying are audited too.
 */
@Controller
class AuditLogController {

    private final AuditTrail trail;
    private final AuditVerification verification;

    AuditLogController(AuditTrail trail, AuditVerification verification) {
        this.trail = trail;
        this.verification = verification;
    }

    @GetMapping("/office/audit")
    @RequiresPermission("audit.read")
    String log(
            @RequestParam(required = false) AuditEvent event,
            @RequestParam(required = false) String actorId,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long before,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        AuditQuery query = AuditQuery.newest()
                .withEvent(event)
                .withActorId(blankToNull(actorId))
                .withObjectId(blankToNull(objectId))
                .between(
                        from == null ? null : from.atStartOfDay(ChinaTime.ZONE).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant())
                .before(before);
        AuditPage page = trail.view(viewer(principal), request.getRemoteAddr(), query);
        model.addAttribute("page", page);
        model.addAttribute("events", AuditEvent.values());
        model.addAttribute("filter", query);
        model.addAttribute("fromDate", from);
        model.addAttribute("toDate", to);
        return "office/audit";
    }

    @PostMapping("/office/audit/verify")
    @RequiresPermission("audit.verify")
    String verify(Principal principal, HttpServletRequest request, Model model) {
        VerificationReport report = verification.verify(viewer(principal), request.getRemoteAddr());
        model.addAttribute("report", report);
        return "office/audit-verify";
    }

    /** The staff member behind the request, from the principal name {@code STAFF:<id>}. */
    static Actor viewer(Principal principal) {
        String name = principal.getName();
        return Actor.staff(name.substring(name.indexOf(':') + 1), name);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
