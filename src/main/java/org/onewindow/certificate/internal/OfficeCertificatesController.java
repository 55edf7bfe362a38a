package org.onewindow.certificate.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.certificate.CertificateError;
import org.onewindow.certificate.CertificateException;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.platform.RequiresPermission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The issuing department's certificates in the office: a list, one certificate, and revocation.
 * Another department's certificate is "not found".
 */
@Controller
class OfficeCertificatesController {

    private static final int PAGE = 50;

    private final CertificateRecords records;
    private final CertificateViews views;
    private final Revoking revoking;
    private final AuditLog audit;

    OfficeCertificatesController(CertificateRecords records, CertificateViews views, Revoking revoking,
            AuditLog audit) {
        this.records = records;
        this.views = views;
        this.revoking = revoking;
        this.audit = audit;
    }

    @GetMapping("/office/certificates")
    @RequiresPermission("certificate.read")
    String list(@RequestParam(required = false) Instant beforeAt, @RequestParam(required = false) UUID beforeId,
            Model model) {
        OneWindowUser officer = CurrentUser.require();
        if (officer.scope() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<StoredCertificate> page = records.ofDepartment(officer.scope().departmentId(), beforeAt,
                beforeAt == null ? null : beforeId, PAGE + 1);
        model.addAttribute("certificates", page.stream().limit(PAGE).map(views::of).toList());
        model.addAttribute("next", page.size() > PAGE ? page.get(PAGE - 1) : null);
        return "certificate/office-list";
    }

    @GetMapping("/office/certificates/{id}")
    @RequiresPermission("certificate.read")
    String show(@PathVariable UUID id, @RequestParam(required = false) String revoked, HttpServletRequest request,
            Model model) {
        OneWindowUser officer = CurrentUser.require();
        StoredCertificate certificate = inScope(id, officer, request.getRemoteAddr());
        audit.record(AuditRecord.of(AuditEvent.CERTIFICATE_VIEWED,
                        Actor.staff(officer.id().toString(), officer.name()), AuditResult.SUCCESS)
                .withIp(request.getRemoteAddr())
                .withObject("certificate", id.toString()));
        if (revoked != null) {
            model.addAttribute("notice", "certificateRevoked");
        }
        return page(certificate, model);
    }

    @PostMapping("/office/certificates/{id}/revoke")
    @RequiresPermission("certificate.revoke")
    String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        OneWindowUser officer = CurrentUser.require();
        try {
            revoking.revoke(id, reason, officer, request.getRemoteAddr());
            return "redirect:/office/certificates/" + id + "?revoked";
        } catch (CertificateException e) {
            if (e.error() == CertificateError.CERTIFICATE_NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setStatus(e.error().status());
            model.addAttribute("errors", Map.of("reason", e.error().code()));
            model.addAttribute("reason", reason);
            return page(inScope(id, officer, request.getRemoteAddr()), model);
        }
    }

    private StoredCertificate inScope(UUID id, OneWindowUser officer, String ip) {
        try {
            return revoking.inScope(id, officer, ip, AuditEvent.CERTIFICATE_VIEWED);
        } catch (CertificateException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String page(StoredCertificate certificate, Model model) {
        model.addAttribute("certificate", views.of(certificate));
        model.addAttribute("supersedes", certificate.supersedes() == null ? null
                : records.byId(certificate.supersedes()).map(StoredCertificate::number).orElse(null));
        model.addAttribute("supersededBy", certificate.supersededBy() == null ? null
                : records.byId(certificate.supersededBy()).map(StoredCertificate::number).orElse(null));
        model.addAttribute("revocable", certificate.state() == StoredCertificate.State.ISSUED);
        return "certificate/office-certificate";
    }
}
