package org.onewindow.certificate.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.certificate.CertificateError;
import org.onewindow.certificate.CertificateException;
import org.onewindow.certificate.CertificateIssued;
import org.onewindow.certificate.CertificateIssuing;
import org.onewindow.certificate.CertificateView;
import org.onewindow.certificate.IssueRequest;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.ChinaTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues a certificate: number, code, signed JSON, rendered and signed PDF, row, audit and event. */
@Service
class Issuing implements CertificateIssuing {

    private final CertificateRecords records;
    private final CertificateTypes types;
    private final CertificateNumbers numbers;
    private final CertificateDocuments documents;
    private final CertificateViews views;
    private final CertificatePdf pdf;
    private final CertificateAuthority authority;
    private final Departments departments;
    private final PersonalDataProtection protection;
    private final CertificateProperties properties;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Issuing(CertificateRecords records, CertificateTypes types, CertificateNumbers numbers,
            CertificateDocuments documents, CertificateViews views, CertificatePdf pdf,
            CertificateAuthority authority, Departments departments, PersonalDataProtection protection,
            CertificateProperties properties, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.types = types;
        this.numbers = numbers;
        this.documents = documents;
        this.views = views;
        this.pdf = pdf;
        this.authority = authority;
        this.departments = departments;
        this.protection = protection;
        this.properties = properties;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CertificateView issue(IssueRequest request) {
        CertificateTypes.Type type = types.byCode(request.certificateType())
                .orElseThrow(() -> new CertificateException(CertificateError.CERTIFICATE_TYPE_UNKNOWN,
                        "no catalogue item yields the certificate type " + request.certificateType()));
        Department department = departments.byId(request.departmentId())
                .orElseThrow(() -> new CertificateException(CertificateError.DEPARTMENT_UNKNOWN,
                        "no department " + request.departmentId()));
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "certificate.issue:" + request.caseId() + ":" + type.code())
                .query()
                .singleRow();
        var existing = records.byCase(request.caseId(), type.code());
        if (existing.isPresent()) {
            return views.of(existing.get());
        }
        String holderIndex = views.holderIndex(request.holder());
        StoredCertificate superseded = request.supersedes() == null ? null : supersedable(request, type, holderIndex);

        CertificateAuthority.SigningKey key = authority.forDepartment(department);
        Instant now = clock.instant();
        String number = numbers.next(type.prefix(), now.atZone(ChinaTime.ZONE).getYear());
        String code = CertificateNumbers.newCode();
        String verificationUrl = properties.portalUrl() + "/verify?n=" + number + "&c=" + code;
        Map<String, Object> certificate = documents.certificate(new CertificateDocuments.Statement(number, type,
                request.holder(), request.fields(), request.validFrom(), request.validUntil(), department, now,
                verificationUrl, superseded == null ? null : superseded.number()));
        String signature = Signatures.sign(key.algorithm(), key.key(), Jcs.canonicalBytes(certificate));
        String file = documents.file(certificate, key, signature, department.code(),
                properties.portalUrl() + "/certificates/ca/" + department.code() + ".pem");
        byte[] unsignedPdf = pdf.render(type.code(), new PdfContent(number, code, type.name(), request.holder(),
                request.fields(), request.validFrom(), request.validUntil(), department.name(), now, verificationUrl,
                properties.portalUrl() + "/verify"));
        byte[] signedPdf = PdfSignatures.sign(unsignedPdf, key,
                new PdfSignatures.SignerInfo(department.name(), "电子证照签发 " + number, department.name(), now));

        UUID id = UUID.randomUUID();
        StoredCertificate row = new StoredCertificate(id, number, type.code(), type.name(), request.holder().kind(),
                protection.encrypt(CertificateViews.HOLDER_CONTEXT, request.holder().identifier()),
                request.holder().name(), department.id(), request.caseId(), request.validFrom(),
                request.validUntil(), StoredCertificate.State.ISSUED,
                protection.encrypt(CertificateViews.DOCUMENT_CONTEXT, file), key.sha256(), now, null, null,
                superseded == null ? null : superseded.id(), null);
        records.insert(new CertificateRecords.NewCertificate(row, views.codeHash(number, code), holderIndex,
                signature, key.algorithm().signatureName(),
                protection.encrypt(CertificateViews.PDF_CONTEXT, Base64.getEncoder().encodeToString(signedPdf))));
        if (superseded != null) {
            records.supersede(superseded.id(), id);
        }
        audit.record(AuditRecord.of(AuditEvent.CERTIFICATE_ISSUED, actor(), AuditResult.SUCCESS)
                .withObject("certificate", id.toString())
                .withDetail(number + (superseded == null ? "" : " supersedes " + superseded.number())
                        + " case " + request.caseId()));
        events.publishEvent(new CertificateIssued(id, number, type.code(), request.caseId(), department.id(),
                superseded == null ? null : superseded.id()));
        return views.of(records.byId(id).orElseThrow());
    }

    private StoredCertificate supersedable(IssueRequest request, CertificateTypes.Type type, String holderIndex) {
        StoredCertificate old = records.byIdForUpdate(request.supersedes())
                .orElseThrow(() -> new CertificateException(CertificateError.CERTIFICATE_NOT_FOUND,
                        "no certificate " + request.supersedes() + " to supersede"));
        boolean sameHolderAndType = old.type().equals(type.code())
                && records.holderIndex(old.id()).equals(holderIndex);
        if (!sameHolderAndType || old.state() != StoredCertificate.State.ISSUED) {
            throw new CertificateException(CertificateError.SUPERSEDED_CERTIFICATE_MISMATCH,
                    "only an issued certificate of the same holder and type can be superseded");
        }
        return old;
    }

    /** The approving officer when casework issues in their request, else the system. */
    private static Actor actor() {
        return CurrentUser.get()
                .filter(user -> user.kind() == AccountKind.STAFF)
                .map(user -> Actor.staff(user.id().toString(), user.name()))
                .orElseGet(() -> Actor.system("certificate-issuing"));
    }
}
