package org.onewindow.hotline.internal;

import java.util.List;
import org.onewindow.hotline.TicketState;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.platform.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The centre's queues: to dispatch, to call back and close, and the supervisor's overdue overview. */
@Controller
class CentreQueuesController {

    private static final int PAGE = 200;

    private final TicketRecords records;
    private final TicketViews views;
    private final TicketExtensions extensions;

    CentreQueuesController(TicketRecords records, TicketViews views, TicketExtensions extensions) {
        this.records = records;
        this.views = views;
        this.extensions = extensions;
    }

    @GetMapping("/office/hotline/dispatch")
    @RequiresPermission("hotline.dispatch")
    String dispatch(Model model) {
        model.addAttribute("extensions", extensions.pendingIn(CurrentUser.require().scope().region(), PAGE));
        return queue("dispatch", List.of(TicketState.ACCEPTED, TicketState.DISPUTED), model);
    }

    @GetMapping("/office/hotline/visits")
    @RequiresPermission("hotline.intake")
    String visits(Model model) {
        return queue("visits", List.of(TicketState.REPLIED, TicketState.VISITED), model);
    }

    @GetMapping("/office/hotline/supervision")
    @RequiresPermission("hotline.supervise")
    String supervision(Model model) {
        OneWindowUser user = CurrentUser.require();
        model.addAttribute("overdue", views.rows(records.overdue(user.scope().region(), PAGE),
                TicketViews.Viewer.CENTRE));
        return queue("supervision", List.of(TicketState.REOPENED, TicketState.DISPUTED), model);
    }

    private String queue(String name, List<TicketState> states, Model model) {
        OneWindowUser user = CurrentUser.require();
        model.addAttribute("queue", name);
        model.addAttribute("tickets", views.rows(records.inStates(states, user.scope().region(), PAGE),
                TicketViews.Viewer.CENTRE));
        return "hotline/queue";
    }
}
