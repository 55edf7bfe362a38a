package org.onewindow.certificate.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onewindow.certificate.CertificateError;
import org.onewindow.certificate.CertificateException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification page (no login): the QR code's URL, the form for number and code, and
 * the upload of a PDF or JSON file.
 */
@Controller
class VerifyController {

    private final Verifying verifying;

    VerifyController(Verifying verifying) {
        this.verifying = verifying;
    }

    @GetMapping("/verify")
    String verify(
            @RequestParam(name = "n", required = false) String number,
            @RequestParam(name = "c", required = false) String code,
            @RequestParam(name = "via", required = false) String via,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if ((number == null || number.isBlank()) && (code == null || code.isBlank())) {
            return "certificate/verify";
        }
        model.addAttribute("number", number);
        Channel channel = "form".equals(via) ? Channel.FORM : Channel.QR;
        return answer(() -> verifying.byNumber(number, code, channel, request.getRemoteAddr()), response, model);
    }

    @PostMapping("/verify/upload")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", CertificateError.DOCUMENT_UNREADABLE.code());
            response.setStatus(400);
            return "certificate/verify";
        }
        byte[] content = file.getBytes();
        model.addAttribute("uploaded", true);
        return answer(() -> verifying.byDocument(content, request.getRemoteAddr()), response, model);
    }

    private static String answer(java.util.function.Supplier<Verifying.Outcome> check, HttpServletResponse response,
            Model model) {
        try {
            model.addAttribute("outcome", check.get());
        } catch (CertificateException e) {
            response.setStatus(e.error().status());
            model.addAttribute("error", e.error().code());
        }
        return "certificate/verify";
    }
}
