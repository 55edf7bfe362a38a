package org.onewindow.notification.internal;

import java.util.List;
import org.onewindow.notification.Outbox;
import org.onewindow.notification.Outbox.OutboxMessage;
import org.onewindow.platform.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The office outbox page: in demo mode, where the text messages (codes included) arrive. */
@Controller
class OutboxController {

    private static final int PAGE = 50;

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/office/outbox")
    @RequiresPermission("outbox.read")
    String outbox(@RequestParam(required = false) Long before, Model model) {
        List<OutboxMessage> messages = outbox.page(before, PAGE);
        model.addAttribute("messages", messages);
        model.addAttribute("nextBefore", messages.size() == PAGE ? messages.getLast().id() : null);
        return "office/outbox";
    }
}
