package org.onewindow.hotline.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * Following an anonymous ticket without an account: its number and access code open it for the
 * rest of the browser session; any other ticket is not found.
 */
@Controller
class FollowController {

    static final String FOLLOWED = "onewindow.hotline.followed";

    private final FollowingTickets following;
    private final TicketRecords records;
    private final TicketViews views;
    private final PhotoDownloads photoDownloads;

    FollowController(FollowingTickets following, TicketRecords records, TicketViews views,
            PhotoDownloads photoDownloads) {
        this.following = following;
        this.records = records;
        this.views = views;
        this.photoDownloads = photoDownloads;
    }

    @GetMapping("/hotline/follow")
    String form(Model model) {
        return page("", Map.of(), model);
    }

    @PostMapping("/hotline/follow")
    String find(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String accessCode,
            HttpServletRequest request, HttpSession session, Model model) {
        return switch (following.find(number, accessCode, request.getRemoteAddr())) {
            case FollowingTickets.Lookup.Found found -> {
                remember(session, found.ticket().id());
                yield "redirect:/hotline/follow/" + found.ticket().id();
            }
            case FollowingTickets.Lookup.Wrong wrong -> page(number, Map.of("accessCode", "access_code_wrong"), model);
            case FollowingTickets.Lookup.Limited limited -> page(number, Map.of("accessCode", "follow_limit"), model);
        };
    }

    @GetMapping("/hotline/follow/{id}")
    String ticket(@PathVariable UUID id, HttpSession session, Model model) {
        model.addAttribute("ticket", views.full(followed(session, id), TicketViews.Viewer.REPORTER));
        model.addAttribute("anonymous", true);
        return "hotline/my-ticket";
    }

    @GetMapping("/hotline/follow/{id}/photos/{photoId}")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID photoId, HttpSession session) {
        return photoDownloads.of(followed(session, id), photoId);
    }

    private Ticket followed(HttpSession session, UUID id) {
        if (!(session.getAttribute(FOLLOWED) instanceof Set<?> followed) || !followed.contains(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return records.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Opens the ticket for this browser session (stored anew, so that the session store sees the change). */
    static void remember(HttpSession session, UUID ticket) {
        Set<UUID> followed = new LinkedHashSet<>();
        if (session.getAttribute(FOLLOWED) instanceof Set<?> earlier) {
            earlier.forEach(id -> followed.add((UUID) id));
        }
        followed.add(ticket);
        session.setAttribute(FOLLOWED, followed);
    }

    private String page(String number, Map<String, String> errors, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("errors", errors);
        return "hotline/follow";
    }
}
