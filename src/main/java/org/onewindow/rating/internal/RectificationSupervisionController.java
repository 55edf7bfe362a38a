package org.onewindow.rating.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.platform.RequiresPermission;
import org.onewindow.rating.RatingException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The supervisor's view of rectifications across the departments of their region: open ones,
 * overdue ones, and replies the rater was not satisfied with. Read only.
 */
@Controller
class RectificationSupervisionController {

    private static final int PAGE = 50;

    private final RectificationRecords records;
    private final RectificationScope scope;
    private final RatingViews views;
    private final AuditLog audit;
    private final Clock clock;

    RectificationSupervisionController(RectificationRecords records, RectificationScope scope, RatingViews views,
            AuditLog audit, Clock clock) {
        this.records = records;
        this.scope = scope;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/office/rectifications/supervision")
    @RequiresPermission("rating.supervise")
    String overview(@RequestParam(defaultValue = "OVERDUE") RectificationRecords.Filter filter,
            @RequestParam(required = false) UUID department, @RequestParam(required = false) Instant afterAt,
            @RequestParam(required = false) UUID afterId, Model model) {
        OneWindowUser supervisor = CurrentUser.require();
        List<UUID> supervised = scope.supervised(supervisor);
        List<UUID> shown = department == null ? supervised : supervised.stream().filter(department::equals).toList();
        List<Rectification> page = records.list(shown, filter, clock.instant(), afterAt, afterId, PAGE);
        model.addAttribute("rows", views.rows(page));
        model.addAttribute("filter", filter);
        model.addAttribute("filters", RectificationRecords.Filter.values());
        model.addAttribute("department", department);
        model.addAttribute("departments", views.departments().stream()
                .filter(d -> supervised.contains(d.id())).toList());
        model.addAttribute("next", page.size() == PAGE ? page.getLast() : null);
        return "rating/supervision";
    }

    @GetMapping("/office/rectifications/supervision/{id}")
    @RequiresPermission("rating.supervise")
    String page(@PathVariable UUID id, HttpServletRequest request, Model model) {
        OneWindowUser supervisor = CurrentUser.require();
        Rectification rectification;
        try {
            rectification = scope.supervised(supervisor, id);
        } catch (RatingException e) {
            Acting who = Acting.of(supervisor, request.getRemoteAddr());
            audit.recordIndependently(AuditRecord.of(AuditEvent.PERMISSION_DENIED, who.actor(), AuditResult.DENIED)
                    .withIp(who.ip()).withObject("rectification", id.toString()).withDetail(e.code()));
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("row", views.row(rectification));
        model.addAttribute("errors", Map.of());
        model.addAttribute("canReply", false);
        return "rating/rectification";
    }
}
