package org.onewindow.identity.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.identity.internal.CitizenLogin;
import org.onewindow.identity.internal.CitizenLogin.Outcome;
import org.onewindow.identity.internal.OneTimeCodes.Sending;
import org.onewindow.identity.internal.Registration;
import org.onewindow.identity.internal.security.SessionEstablisher;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.MobileNumber;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Portal login with identity number and password, or with a code sent to the mobile. */
@Controller
class CitizenLoginController {

    static final String CODE_MOBILE = "onewindow.loginMobile";

    private final CitizenLogin login;
    private final SessionEstablisher sessions;

    CitizenLoginController(CitizenLogin login, SessionEstablisher sessions) {
        this.login = login;
        this.sessions = sessions;
    }

    @GetMapping("/login")
    String form(Model model) {
        model.addAttribute("idNumber", "");
        return "portal/login";
    }

    @PostMapping("/login")
    String submit(
            @RequestParam(defaultValue = "") String idNumber,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        IdNumber parsed = Registration.parse(idNumber, IdNumber::parse, "idNumber", "id_number_required", errors);
        if (password.isEmpty()) {
            errors.put("password", "password_required");
        }
        if (errors.isEmpty()) {
            Outcome outcome = login.withPassword(parsed, password, request.getRemoteAddr());
            if (outcome.user() != null) {
                sessions.logIn(outcome.user(), request, response);
                return "redirect:/account";
            }
            errors.put(outcome.error().equals("credentials_invalid") ? "password" : "idNumber", outcome.error());
        }
        model.addAttribute("errors", FormErrors.of(errors));
        model.addAttribute("idNumber", idNumber);
        return "portal/login";
    }

    @GetMapping("/login/code")
    String codeForm(Model model) {
        model.addAttribute("mobile", "");
        return "portal/login-code";
    }

    @PostMapping("/login/code")
    String sendCode(
            @RequestParam(defaultValue = "") String mobile, HttpServletRequest request, HttpSession session, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        MobileNumber parsed = Registration.parse(mobile, MobileNumber::parse, "mobile", "mobile_required", errors);
        if (errors.isEmpty()) {
            Sending sent = login.sendCode(parsed, request.getRemoteAddr());
            if (sent == Sending.SENT) {
                session.setAttribute(CODE_MOBILE, parsed);
                return "redirect:/login/code/verify";
            }
            errors.put("mobile", "code_" + sent.name().toLowerCase(java.util.Locale.ROOT));
        }
        model.addAttribute("errors", FormErrors.of(errors));
        model.addAttribute("mobile", mobile);
        return "portal/login-code";
    }

    @GetMapping("/login/code/verify")
    String verifyForm(HttpSession session, Model model) {
        if (!(session.getAttribute(CODE_MOBILE) instanceof MobileNumber mobile)) {
            return "redirect:/login/code";
        }
        model.addAttribute("maskedMobile", mobile.masked());
        return "portal/login-code-verify";
    }

    @PostMapping("/login/code/verify")
    String verify(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Model model) {
        if (!(session.getAttribute(CODE_MOBILE) instanceof MobileNumber mobile)) {
            return "redirect:/login/code";
        }
        Outcome outcome = login.withCode(mobile, code);
        if (outcome.user() == null) {
            model.addAttribute("errors", new FormErrors().add("code", outcome.error()));
            model.addAttribute("maskedMobile", mobile.masked());
            return "portal/login-code-verify";
        }
        session.removeAttribute(CODE_MOBILE);
        sessions.logIn(outcome.user(), request, response);
        return "redirect:/account";
    }
}
