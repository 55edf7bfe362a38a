package org.onewindow.hotline.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.MobileVerification;
import org.onewindow.platform.UploadRejected;
import org.onewindow.shared.MobileNumber;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A web report without an account: the reporter verifies a mobile number with an SMS code
 * ({@code identity}'s one-time codes), then reports; the ticket number and an access code to
 * follow it are shown once.
 */
@Controller
class AnonymousReportController {

    static final String PENDING = "onewindow.hotline.pendingMobile";
    static final String VERIFIED = "onewindow.hotline.verifiedMobile";
    private static final String CODE_TEXT = "【12345】您的验证码为 %s，5 分钟内有效，用于网上反映诉求。如非本人操作，请忽略。";

    /** A number the reporter proved to hold, kept in the session for a limited time. */
    record Verified(String mobile, Instant at) implements Serializable {}

    private final MobileVerification verification;
    private final AnonymousReporting reporting;
    private final TicketValidation validation;
    private final ReportForm reportPage;
    private final HotlineProperties properties;
    private final Clock clock;

    AnonymousReportController(MobileVerification verification, AnonymousReporting reporting,
            TicketValidation validation, ReportForm reportPage, HotlineProperties properties, Clock clock) {
        this.verification = verification;
        this.reporting = reporting;
        this.validation = validation;
        this.reportPage = reportPage;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/hotline/anonymous")
    String start(HttpSession session, Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/hotline/report";
        }
        if (verified(session).isPresent()) {
            return "redirect:/hotline/anonymous/report";
        }
        return mobilePage("", Map.of(), model);
    }

    @PostMapping("/hotline/anonymous")
    String sendCode(@RequestParam(defaultValue = "") String mobile, HttpServletRequest request, HttpSession session,
            Model model) {
        if (!MobileNumber.isValid(mobile.strip())) {
            return mobilePage(mobile, Map.of("mobile", HotlineError.CONTACT_MOBILE_INVALID.code()), model);
        }
        MobileNumber number = MobileNumber.parse(mobile.strip());
        Optional<String> refused = verification.send(number, request.getRemoteAddr(), CODE_TEXT);
        if (refused.isPresent()) {
            return mobilePage(mobile, Map.of("mobile", refused.get()), model);
        }
        session.setAttribute(PENDING, number.value());
        return "redirect:/hotline/anonymous/code";
    }

    @GetMapping("/hotline/anonymous/code")
    String codeForm(HttpSession session, Model model) {
        if (!(session.getAttribute(PENDING) instanceof String mobile)) {
            return "redirect:/hotline/anonymous";
        }
        return codePage(mobile, Map.of(), model);
    }

    @PostMapping("/hotline/anonymous/code")
    String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpSession session,
            Model model) {
        if (!(session.getAttribute(PENDING) instanceof String mobile)) {
            return "redirect:/hotline/anonymous";
        }
        Optional<String> wrong = verification.verify(MobileNumber.parse(mobile), code);
        if (wrong.isPresent()) {
            return codePage(mobile, Map.of("code", wrong.get()), model);
        }
        request.changeSessionId();
        session.removeAttribute(PENDING);
        session.setAttribute(VERIFIED, new Verified(mobile, clock.instant()));
        return "redirect:/hotline/anonymous/report";
    }

    @GetMapping("/hotline/anonymous/report")
    String form(HttpSession session, Model model) {
        return verified(session).map(v -> reportForm(v, Map.of(), Map.of(), model))
                .orElse("redirect:/hotline/anonymous");
    }

    @PostMapping("/hotline/anonymous/report")
    String report(@RequestParam Map<String, String> form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, HttpServletRequest request,
            HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<Verified> verified = verified(session);
        if (verified.isEmpty()) {
            return "redirect:/hotline/anonymous";
        }
        NewTicket input = new NewTicket(Channel.WEB, form.get("serviceCode"), form.get("description"),
                form.get("address"), form.get("district"), null, null, Forms.attributes(form), null,
                Forms.blankToNull(form.get("contactName")), verified.get().mobile(), form.containsKey("confidential"),
                null, null);
        Map<String, HotlineError> errors = validation.check(input);
        if (!errors.isEmpty()) {
            return reportForm(verified.get(), form, Forms.codes(errors), model);
        }
        AnonymousReporting.Accepted accepted;
        try {
            accepted = reporting.report(input, TicketMedia.of(photos), request.getRemoteAddr());
        } catch (HotlineException e) {
            return reportForm(verified.get(), form, Map.of("report", e.code()), model);
        } catch (UploadRejected e) {
            return reportForm(verified.get(), form, Map.of("photos", Forms.photoError(e)), model);
        }
        session.removeAttribute(VERIFIED);
        FollowController.remember(session, accepted.ticket().id());
        redirect.addFlashAttribute("accessCode", accepted.accessCode());
        return "redirect:/hotline/follow/" + accepted.ticket().id() + "?accepted";
    }

    private Optional<Verified> verified(HttpSession session) {
        if (session.getAttribute(VERIFIED) instanceof Verified v
                && v.at().plus(properties.verifiedMobileValidity()).isAfter(clock.instant())) {
            return Optional.of(v);
        }
        return Optional.empty();
    }

    private String mobilePage(String mobile, Map<String, String> errors, Model model) {
        model.addAttribute("mobile", mobile);
        model.addAttribute("errors", errors);
        return "hotline/anonymous";
    }

    private String codePage(String mobile, Map<String, String> errors, Model model) {
        model.addAttribute("maskedMobile", MobileNumber.parse(mobile).masked());
        model.addAttribute("errors", errors);
        return "hotline/anonymous-code";
    }

    private String reportForm(Verified verified, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("verifiedMobile", MobileNumber.parse(verified.mobile()).masked());
        return reportPage.render("/hotline/anonymous/report", form, errors, model);
    }
}
