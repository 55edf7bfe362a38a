package org.onewindow.identity.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.internal.StaffLogin;
import org.onewindow.identity.internal.StaffLogin.PasswordStep;
import org.onewindow.identity.internal.Totp;
import org.onewindow.identity.internal.security.OfficeLoginPages;
import org.onewindow.identity.internal.security.SessionEstablisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Office login: password first, then the TOTP code, enrolled with a QR code at the first login. */
@Controller
@OfficeLoginPages
class OfficeLoginController {

    static final String PENDING_STAFF = "onewindow.pendingStaff";
    static final String PENDING_SECRET = "onewindow.pendingTotpSecret";

    private final StaffLogin login;
    private final SessionEstablisher sessions;

    OfficeLoginController(StaffLogin login, SessionEstablisher sessions) {
        this.login = login;
        this.sessions = sessions;
    }

    @GetMapping("/office/login")
    String form(Model model) {
        model.addAttribute("username", "");
        return "office/login";
    }

    @PostMapping("/office/login")
    String submit(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            Model model) {
        FormErrors errors = new FormErrors();
        if (username.isBlank()) {
            errors.add("username", "username_required");
        }
        if (password.isEmpty()) {
            errors.add("password", "password_required");
        }
        if (errors.isEmpty()) {
            PasswordStep step = login.checkPassword(username, password, request.getRemoteAddr());
            if (step instanceof PasswordStep.Passed passed) {
                HttpSession session = sessions.renewSession(request);
                session.setAttribute(PENDING_STAFF, passed.staffId());
                return passed.enrolled() ? "redirect:/office/totp" : "redirect:/office/totp/enrol";
            }
            errors.add("username", ((PasswordStep.Refused) step).code());
        }
        model.addAttribute("errors", errors);
        model.addAttribute("username", username);
        return "office/login";
    }

    @GetMapping("/office/totp")
    String totpForm(HttpSession session) {
        return pending(session) == null ? "redirect:/office/login" : "office/totp";
    }

    @PostMapping("/office/totp")
    String totp(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Model model) {
        UUID staffId = pending(session);
        if (staffId == null) {
            return "redirect:/office/login";
        }
        OneWindowUser user = login.checkTotp(staffId, code);
        if (user == null) {
            model.addAttribute("errors", new FormErrors().add("code", "totp_invalid"));
            return "office/totp";
        }
        session.removeAttribute(PENDING_STAFF);
        sessions.logIn(user, request, response);
        return "redirect:/office/";
    }

    @GetMapping("/office/totp/enrol")
    String enrolForm(HttpSession session, Model model) {
        UUID staffId = pending(session);
        if (staffId == null) {
            return "redirect:/office/login";
        }
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        String uri = Totp.uri("OneWindow", login.displayName(staffId), secret);
        model.addAttribute("secret", secret);
        model.addAttribute("qr", QrCodes.dataUri(uri));
        return "office/totp-enrol";
    }

    @PostMapping("/office/totp/enrol")
    String enrol(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Model model) {
        UUID staffId = pending(session);
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (staffId == null || secret == null) {
            return "redirect:/office/login";
        }
        OneWindowUser user = login.enrol(staffId, secret, code);
        if (user == null) {
            model.addAttribute("errors", new FormErrors().add("code", "totp_invalid"));
            model.addAttribute("secret", secret);
            model.addAttribute("qr", QrCodes.dataUri(Totp.uri("OneWindow", login.displayName(staffId), secret)));
            return "office/totp-enrol";
        }
        session.removeAttribute(PENDING_STAFF);
        session.removeAttribute(PENDING_SECRET);
        sessions.logIn(user, request, response);
        return "redirect:/office/";
    }

    private static UUID pending(HttpSession session) {
        return session.getAttribute(PENDING_STAFF) instanceof UUID id ? id : null;
    }
}
