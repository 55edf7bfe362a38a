package org.onewindow.certificate.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditResult;
import org.onewindow.certificate.CertificateError;
import org.onewindow.certificate.CertificateException;
import org.onewindow.certificate.CertificateStatus;
import org.onewindow.certificate.Holder;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public verification: by number and code (QR, form, API) or by an uploaded PDF or JSON file.
 * Every verification is rate-limited per address and recorded for the holder to see.
 */
@Service
class Verifying {

    private static final int MAX_CHAIN = 10;

    /** What a verifier may see of a certificate: the holder masked. */
    record Summary(String number, String typeName, Holder.Kind holderKind, String holderName, String holderIdentifier,
            String departmentName, LocalDate validFrom, LocalDate validUntil, Instant issuedAt,
            CertificateStatus status, Instant revokedAt, String revocationReason) {}

    /** The answer: the verdict, the certificate (unless unknown or tampered) and its successors, oldest first. */
    record Outcome(Verdict verdict, Summary certificate, List<Summary> successors, String reason) {

        static Outcome unknown() {
            return new Outcome(Verdict.UNKNOWN, null, List.of(), null);
        }

        static Outcome tampered(String reason) {
            return new Outcome(Verdict.TAMPERED, null, List.of(), reason);
        }
    }

    private final CertificateRecords records;
    private final CertificateViews views;
    private final CertificateDocuments documents;
    private final CertificateAuthority authority;
    private final Verifications verifications;
    private final VerificationLimiter limiter;
    private final Departments departments;
    private final AuditLog audit;
    private final Clock clock;

    Verifying(CertificateRecords records, CertificateViews views, CertificateDocuments documents,
            CertificateAuthority authority, Verifications verifications, VerificationLimiter limiter,
            Departments departments, AuditLog audit, Clock clock) {
        this.records = records;
        this.views = views;
        this.documents = documents;
        this.authority = authority;
        this.verifications = verifications;
        this.limiter = limiter;
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks a number and its verification code; a wrong code answers exactly like an unknown number. */
    @Transactional
    public Outcome byNumber(String number, String code, Channel channel, String ip) {
        admit(ip);
        String n = CertificateNumbers.normaliseNumber(number);
        String hash = views.codeHash(n, CertificateNumbers.normaliseCode(code));
        Optional<StoredCertificate> found = records.byNumber(n);
        if (found.isEmpty() || !records.codeMatches(found.get().id(), hash)) {
            verifications.record(found.map(StoredCertificate::id).orElse(null), channel, Verdict.UNKNOWN,
                    clock.instant());
            return Outcome.unknown();
        }
        return answer(found.get(), channel);
    }

    /** Checks an uploaded PDF or JSON file's signature against our department certificates. */
    @Transactional
    public Outcome byDocument(byte[] content, String ip) {
        admit(ip);
        if (content == null || content.length == 0) {
            throw new CertificateException(CertificateError.DOCUMENT_UNREADABLE, "the file is empty");
        }
        return isPdf(content) ? pdf(content, ip) : json(content, ip);
    }

    private Outcome pdf(byte[] content, String ip) {
        PdfSignatures.Check check = PdfSignatures.check(content);
        if (check instanceof PdfSignatures.Check.Broken broken) {
            return tampered(broken.reason(), null, ip);
        }
        PdfSignatures.Check.Intact intact = (PdfSignatures.Check.Intact) check;
        String sha256 = X509.sha256(intact.signer());
        if (authority.bySha256(sha256).isEmpty()) {
            return tampered("pdf_signer_not_ours", null, ip);
        }
        return signedBy(sha256, intact.number());
    }

    private Outcome json(byte[] content, String ip) {
        Optional<CertificateDocuments.Parsed> parsed = documents.parse(content);
        if (parsed.isEmpty()) {
            return tampered("json_unreadable", null, ip);
        }
        CertificateDocuments.Parsed document = parsed.get();
        Optional<CaCertificates.Published> signer = authority.bySha256(document.signerSha256());
        if (signer.isEmpty() || !signer.get().algorithm().signatureName().equals(document.algorithm())) {
            return tampered("json_signer_not_ours", document.number(), ip);
        }
        boolean valid = Signatures.verify(signer.get().algorithm(), X509.parse(signer.get().pem()),
                document.canonicalCertificate(), document.value());
        if (!valid) {
            return tampered("json_signature_invalid", document.number(), ip);
        }
        return signedBy(document.signerSha256(), document.number());
    }

    /** A file whose signature is ours: the certificate it names must exist and have been signed by that key. */
    private Outcome signedBy(String sha256, String number) {
        Optional<StoredCertificate> found = Optional.ofNullable(number).flatMap(records::byNumber)
                .filter(c -> c.signerSha256().equals(sha256));
        if (found.isEmpty()) {
            verifications.record(null, Channel.UPLOAD, Verdict.UNKNOWN, clock.instant());
            return Outcome.unknown();
        }
        return answer(found.get(), Channel.UPLOAD);
    }

    private Outcome answer(StoredCertificate certificate, Channel channel) {
        Summary summary = summary(certificate);
        Verdict verdict = Verdict.of(summary.status());
        List<Summary> successors = new ArrayList<>();
        UUID next = certificate.supersededBy();
        while (next != null && successors.size() < MAX_CHAIN) {
            StoredCertificate successor = records.byId(next).orElseThrow();
            successors.add(summary(successor));
            next = successor.supersededBy();
        }
        verifications.record(certificate.id(), channel, verdict, clock.instant());
        return new Outcome(verdict, summary, successors, null);
    }

    private Outcome tampered(String reason, String number, String ip) {
        Optional<UUID> certificate = Optional.ofNullable(number).flatMap(records::byNumber).map(StoredCertificate::id);
        verifications.record(certificate.orElse(null), Channel.UPLOAD, Verdict.TAMPERED, clock.instant());
        audit.recordIndependently(org.onewindow.audit.AuditRecord.of(AuditEvent.CERTIFICATE_TAMPERING_DETECTED,
                        Actor.anonymous(), AuditResult.FAILURE)
                .withIp(ip)
                .withObject("certificate", certificate.map(UUID::toString).orElse(null))
                .withDetail(reason));
        return Outcome.tampered(reason);
    }

    private Summary summary(StoredCertificate c) {
        Holder holder = views.holder(c);
        String department = departments.byId(c.departmentId()).map(Department::name).orElse("");
        return new Summary(c.number(), c.typeName(), c.holderKind(), holder.maskedName(), holder.maskedIdentifier(),
                department, c.validFrom(), c.validUntil(), c.issuedAt(), c.status(views.today()), c.revokedAt(),
                c.revocationReason());
    }

    private void admit(String ip) {
        if (!limiter.tryAcquire(ip == null ? "unknown" : ip)) {
            audit.recordIndependently(AuditEvent.RATE_LIMITED, Actor.anonymous(), ip, AuditResult.DENIED,
                    "certificate_verification");
            throw new CertificateException(CertificateError.RATE_LIMITED, "too many verifications from " + ip);
        }
    }

    private static boolean isPdf(byte[] content) {
        return content.length >= 5 && new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }
}
