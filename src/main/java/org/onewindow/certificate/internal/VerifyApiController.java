package org.onewindow.certificate.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.onewindow.certificate.CertificateError;
import org.onewindow.certificate.CertificateException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification for machines: {@code GET /api/verify?n=…&c=…} and {@code POST /api/verify/document}
 * with the PDF or JSON file as the body. Answers are JSON with a lower-case {@code result}.
 */
@RestController
class VerifyApiController {

    /** The answer: {@code genuine}, {@code revoked}, {@code expired}, … and what a verifier may see. */
    record VerificationAnswer(String result, CertificateAnswer certificate, List<CertificateAnswer> successors) {}

    /** A certificate as the API shows it: the holder masked. */
    record CertificateAnswer(String number, String typeName, String holderKind, String holderName,
            String holderIdentifier, String department, LocalDate validFrom, LocalDate validUntil, Instant issuedAt,
            String status, Instant revokedAt, String revocationReason) {}

    /** An error with its stable code. */
    record ErrorAnswer(String code, List<String> errors) {}

    /** The upload limit of STANDARDS.md (20 MB), as for the page's multipart upload. */
    static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

    private final Verifying verifying;

    VerifyApiController(Verifying verifying) {
        this.verifying = verifying;
    }

    @GetMapping(path = "/api/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    VerificationAnswer verify(@RequestParam(name = "n", defaultValue = "") String number,
            @RequestParam(name = "c", defaultValue = "") String code, HttpServletRequest request) {
        return answer(verifying.byNumber(number, code, Channel.API, request.getRemoteAddr()));
    }

    @PostMapping(path = "/api/verify/document", produces = MediaType.APPLICATION_JSON_VALUE)
    VerificationAnswer document(HttpServletRequest request) throws IOException {
        byte[] content = request.getInputStream().readNBytes(MAX_DOCUMENT_BYTES + 1);
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new CertificateException(CertificateError.DOCUMENT_TOO_LARGE, "documents are at most 20 MB");
        }
        return answer(verifying.byDocument(content, request.getRemoteAddr()));
    }

    @ExceptionHandler(CertificateException.class)
    ResponseEntity<ErrorAnswer> refused(CertificateException e) {
        return ResponseEntity.status(e.error().status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorAnswer(e.error().code(), List.of()));
    }

    static VerificationAnswer answer(Verifying.Outcome outcome) {
        return new VerificationAnswer(lower(outcome.verdict()),
                outcome.certificate() == null ? null : certificate(outcome.certificate()),
                outcome.successors().stream().map(VerifyApiController::certificate).toList());
    }

    private static CertificateAnswer certificate(Verifying.Summary s) {
        return new CertificateAnswer(s.number(), s.typeName(), lower(s.holderKind()), s.holderName(),
                s.holderIdentifier(), s.departmentName(), s.validFrom(), s.validUntil(), s.issuedAt(),
                lower(s.status()), s.revokedAt(), s.revocationReason());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
