package org.onewindow.notification.internal;

import java.util.List;
import org.onewindow.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The citizen's in-app messages. */
@Controller
class InboxController {

    private static final int PAGE = 30;

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(required = false) Long before, Model model) {
        List<Inbox.Message> messages = inbox.of(CurrentUser.require().id(), before, PAGE);
        model.addAttribute("messages", messages);
        model.addAttribute("nextBefore", messages.size() == PAGE ? messages.getLast().id() : null);
        return "portal/inbox";
    }

    @PostMapping("/inbox/read")
    String markRead() {
        inbox.markAllRead(CurrentUser.require().id());
        return "redirect:/inbox";
    }
}
