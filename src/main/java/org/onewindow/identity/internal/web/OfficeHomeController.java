package org.onewindow.identity.internal.web;

import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.platform.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The office home page: who you are, your department, roles and data scope. */
@Controller
class OfficeHomeController {

    private final Departments departments;

    OfficeHomeController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping("/office/")
    @RequiresPermission("office.home")
    String home(Model model) {
        OneWindowUser user = CurrentUser.require();
        model.addAttribute("department", departments.byId(user.scope().departmentId()).orElseThrow());
        model.addAttribute("scopeRegion", departments.region(user.scope().region()).orElse(null));
        model.addAttribute("roles", user.roles());
        return "office/home";
    }
}
