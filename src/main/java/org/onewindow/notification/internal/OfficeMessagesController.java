package org.onewindow.notification.internal;

import java.util.List;
import org.onewindow.identity.CurrentUser;
import org.onewindow.platform.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The office staff's messages: their department's and, for supervisors, the supervisors'. */
@Controller
class OfficeMessagesController {

    private static final int PAGE = 50;

    private final OfficeMessages messages;

    OfficeMessagesController(OfficeMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/office/messages")
    @RequiresPermission("office.home")
    String messages(@RequestParam(required = false) Long before, Model model) {
        List<OfficeMessages.Message> page = messages.of(CurrentUser.require(), before, PAGE);
        model.addAttribute("messages", page);
        model.addAttribute("nextBefore", page.size() == PAGE ? page.getLast().id() : null);
        return "office/messages";
    }
}
