package org.onewindow.identity.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import org.onewindow.identity.internal.Registration;
import org.onewindow.identity.internal.Registration.Pending;
import org.onewindow.identity.internal.Registration.Started;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Registration in two steps: details, then the code sent to the mobile number. */
@Controller
class RegistrationController {

    static final String PENDING = "onewindow.pendingRegistration";

    private final Registration registration;

    RegistrationController(Registration registration) {
        this.registration = registration;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", Map.of());
        return "portal/register";
    }

    @PostMapping("/register")
    String submit(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String idNumber,
            @RequestParam(defaultValue = "") String mobile,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm,
            HttpServletRequest request,
            HttpSession session,
            Model model) {
        Started started = registration.start(name, idNumber, mobile, password, confirm, request.getRemoteAddr());
        if (!started.errors().isEmpty()) {
            model.addAttribute("errors", FormErrors.of(started.errors()));
            model.addAttribute("form", Map.of("name", name, "idNumber", idNumber, "mobile", mobile));
            return "portal/register";
        }
        session.setAttribute(PENDING, started.pending());
        return "redirect:/register/code";
    }

    @GetMapping("/register/code")
    String codeForm(HttpSession session, Model model) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
            return "redirect:/register";
        }
        model.addAttribute("maskedMobile", pending.mobile().masked());
        return "portal/register-code";
    }

    @PostMapping("/register/code")
    String code(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpSession session,
            Model model) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
            return "redirect:/register";
        }
        Optional<String> error = registration.complete(pending, code, request.getRemoteAddr());
        if (error.isPresent()) {
            model.addAttribute("errors", new FormErrors().add("code", error.get()));
            model.addAttribute("maskedMobile", pending.mobile().masked());
            return "portal/register-code";
        }
        session.removeAttribute(PENDING);
        return "redirect:/login?registered";
    }
}
