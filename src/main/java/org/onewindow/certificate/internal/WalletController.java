package org.onewindow.certificate.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.certificate.Holder;
import org.onewindow.identity.CitizenDirectory;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.Masking;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The certificate wallet (证照夹): the citizen's certificates and those of the businesses they
 * represent or act for, with downloads and the record of who verified them through which channel.
 */
@Controller
class WalletController {

    private static final int CERTIFICATES = 100;
    private static final int HISTORY = 50;

    private final CertificateRecords records;
    private final CertificateViews views;
    private final Verifications verifications;
    private final CitizenDirectory citizens;
    private final PersonalDataProtection protection;
    private final AuditLog audit;

    WalletController(CertificateRecords records, CertificateViews views, Verifications verifications,
            CitizenDirectory citizens, PersonalDataProtection protection, AuditLog audit) {
        this.records = records;
        this.views = views;
        this.verifications = verifications;
        this.citizens = citizens;
        this.protection = protection;
        this.audit = audit;
    }

    @GetMapping("/wallet")
    String wallet(@RequestParam(required = false) Long before, Model model) {
        List<String> holders = holderIndexes(CurrentUser.require());
        model.addAttribute("certificates", records.ofHolders(holders, CERTIFICATES).stream().map(views::of).toList());
        List<Verifications.Entry> history = verifications.ofHolders(holders, before, HISTORY + 1);
        model.addAttribute("history", history.stream().limit(HISTORY).toList());
        model.addAttribute("nextBefore", history.size() > HISTORY ? history.get(HISTORY - 1).id() : null);
        return "certificate/wallet";
    }

    @GetMapping("/wallet/certificates/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, HttpServletRequest request) {
        StoredCertificate certificate = own(id, request);
        byte[] pdf = Base64.getDecoder().decode(protection.decrypt(CertificateViews.PDF_CONTEXT, records.pdf(id)));
        return download(certificate, pdf, MediaType.APPLICATION_PDF, ".pdf");
    }

    @GetMapping("/wallet/certificates/{id}.json")
    ResponseEntity<byte[]> json(@PathVariable UUID id, HttpServletRequest request) {
        StoredCertificate certificate = own(id, request);
        byte[] json = views.file(certificate).getBytes(StandardCharsets.UTF_8);
        return download(certificate, json, MediaType.APPLICATION_JSON, ".json");
    }

    /** The certificate if it is the citizen's or one of their businesses'; anyone else's is "not found". */
    private StoredCertificate own(UUID id, HttpServletRequest request) {
        OneWindowUser citizen = CurrentUser.require();
        Actor actor = Actor.citizen(citizen.id().toString(), Masking.name(citizen.name()));
        var found = records.byId(id).filter(c -> holderIndexes(citizen).contains(records.holderIndex(c.id())));
        if (found.isEmpty()) {
            audit.recordIndependently(AuditRecord.of(AuditEvent.CERTIFICATE_DOWNLOADED, actor, AuditResult.DENIED)
                    .withIp(request.getRemoteAddr())
                    .withObject("certificate", id.toString())
                    .withDetail("certificate_not_found"));
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(AuditRecord.of(AuditEvent.CERTIFICATE_DOWNLOADED, actor, AuditResult.SUCCESS)
                .withIp(request.getRemoteAddr())
                .withObject("certificate", id.toString())
                .withDetail(request.getRequestURI().endsWith(".pdf") ? "pdf" : "json"));
        return found.get();
    }

    private List<String> holderIndexes(OneWindowUser citizen) {
        List<String> indexes = new ArrayList<>();
        citizens.profile(citizen.id()).ifPresent(profile ->
                indexes.add(views.holderIndex(Holder.Kind.PERSON, profile.idNumber().value())));
        citizens.businessesOf(citizen.id()).forEach(business ->
                indexes.add(views.holderIndex(Holder.Kind.BUSINESS, business.creditCode().value())));
        return indexes;
    }

    private static ResponseEntity<byte[]> download(StoredCertificate certificate, byte[] body, MediaType type,
            String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(certificate.typeName() + "-" + certificate.number() + extension, StandardCharsets.UTF_8)
                        .build()
                        .toString())
                .body(body);
    }
}
