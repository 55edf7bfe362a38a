package org.onewindow.rating.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A department's rectification queue and page: verify, act, reply to the rater. Only its own
 * department's items exist for it; another department's is not found, and the attempt is audited.
 */
@Controller
class RectificationDeskController {

    private static final int PAGE = 50;

    private final RectificationRecords records;
    private final RectificationScope scope;
    private final ReplyingToRectifications replying;
    private final RatingViews views;
    private final AuditLog audit;
    private final Clock clock;

    RectificationDeskController(RectificationRecords records, RectificationScope scope,
            ReplyingToRectifications replying, RatingViews views, AuditLog audit, Clock clock) {
        this.records = records;
        this.scope = scope;
        this.replying = replying;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/office/rectifications")
    @RequiresPermission("rating.rectify")
    String queue(@RequestParam(defaultValue = "OPEN") RectificationRecords.Filter filter,
            @RequestParam(required = false) Instant afterAt, @RequestParam(required = false) UUID afterId,
            Model model) {
        OneWindowUser user = CurrentUser.require();
        RectificationRecords.Filter shown = filter == RectificationRecords.Filter.REPLIED
                ? filter : RectificationRecords.Filter.OPEN;
        List<Rectification> page = records.list(List.of(user.scope().departmentId()), shown, clock.instant(), afterAt,
                afterId, PAGE);
        model.addAttribute("rows", views.rows(page));
        model.addAttribute("filter", shown);
        model.addAttribute("next", page.size() == PAGE ? page.getLast() : null);
        model.addAttribute("departmentName", views.departmentName(user.scope().departmentId()));
        return "rating/desk";
    }

    @GetMapping("/office/rectifications/{id}")
    @RequiresPermission("rating.rectify")
    String page(@PathVariable UUID id, HttpServletRequest request, Model model) {
        return render(id, Map.of(), request, model);
    }

    @PostMapping("/office/rectifications/{id}/reply")
    @RequiresPermission("rating.rectify")
    String reply(@PathVariable UUID id, @RequestParam(defaultValue = "") String finding,
            @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String reply,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        OneWindowUser user = CurrentUser.require();
        Acting who = Acting.of(user, request.getRemoteAddr());
        try {
            replying.reply(user, who, id, finding, action, reply);
        } catch (RatingException e) {
            replying.refused(who, id, e);
            if (e.error().status() == 404) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setStatus(e.error().status());
            model.addAttribute("finding", finding);
            model.addAttribute("action", action);
            model.addAttribute("reply", reply);
            return render(id, Map.of(field(e), e.code()), request, model);
        }
        return "redirect:/office/rectifications/" + id + "?replied";
    }

    private String render(UUID id, Map<String, String> errors, HttpServletRequest request, Model model) {
        OneWindowUser user = CurrentUser.require();
        Rectification rectification;
        try {
            rectification = scope.ofOwnDepartment(user, id);
        } catch (RatingException e) {
            Acting who = Acting.of(user, request.getRemoteAddr());
            audit.recordIndependently(AuditRecord.of(AuditEvent.PERMISSION_DENIED, who.actor(), AuditResult.DENIED)
                    .withIp(who.ip()).withObject("rectification", id.toString()).withDetail(e.code()));
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("row", views.row(rectification));
        model.addAttribute("errors", errors);
        model.addAttribute("maxText", ReplyingToRectifications.MAX_TEXT);
        model.addAttribute("canReply", true);
        return "rating/rectification";
    }

    private static String field(RatingException e) {
        return switch (e.error()) {
            case RECTIFICATION_FINDING_REQUIRED -> "finding";
            case RECTIFICATION_ACTION_REQUIRED -> "action";
            default -> "reply";
        };
    }
}
