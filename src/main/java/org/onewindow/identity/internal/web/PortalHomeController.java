package org.onewindow.identity.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's front page. */
@Controller
class PortalHomeController {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }
}
