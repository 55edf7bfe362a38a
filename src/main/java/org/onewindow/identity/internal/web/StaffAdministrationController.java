package org.onewindow.identity.internal.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Department;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.StaffAdministration;
import org.onewindow.identity.internal.StaffAdministration.Member;
import org.onewindow.platform.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The security administrator's pages: staff per department, their roles, unlocking. */
@Controller
class StaffAdministrationController {

    private final StaffAdministration administration;

    StaffAdministrationController(StaffAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/office/staff")
    @RequiresPermission("staff.roles.assign")
    String list(@RequestParam(required = false) UUID department, Model model) {
        OneWindowUser admin = CurrentUser.require();
        List<Department> departments = administration.departmentsFor(admin);
        UUID chosen = department != null ? department : departments.isEmpty() ? null : departments.getFirst().id();
        model.addAttribute("departments", departments);
        model.addAttribute("chosen", chosen);
        model.addAttribute("members", chosen == null ? List.of() : administration.staffOf(admin, chosen));
        return "office/staff";
    }

    @GetMapping("/office/staff/{staffId}")
    @RequiresPermission("staff.roles.assign")
    String member(@PathVariable UUID staffId, Model model) {
        Member member = administration.find(CurrentUser.require(), staffId).orElseThrow(AccountController::notFound);
        model.addAttribute("member", member);
        model.addAttribute("allRoles", Role.values());
        return "office/staff-member";
    }

    @PostMapping("/office/staff/{staffId}/roles")
    @RequiresPermission("staff.roles.assign")
    String assign(@PathVariable UUID staffId, @RequestParam(required = false) Set<Role> roles, Model model) {
        OneWindowUser admin = CurrentUser.require();
        Optional<String> refused = administration.assignRoles(
                admin, staffId, roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        if (refused.filter("staff_not_found"::equals).isPresent()) {
            throw AccountController.notFound();
        }
        if (refused.isPresent()) {
            member(staffId, model);
            model.addAttribute("errors", new FormErrors().add("roles", refused.get()));
            return "office/staff-member";
        }
        return "redirect:/office/staff/" + staffId + "?saved";
    }

    @PostMapping("/office/staff/{staffId}/unlock")
    @RequiresPermission("staff.unlock")
    String unlock(@PathVariable UUID staffId) {
        if (!administration.unlock(CurrentUser.require(), staffId)) {
            throw AccountController.notFound();
        }
        return "redirect:/office/staff/" + staffId + "?unlocked";
    }
}
