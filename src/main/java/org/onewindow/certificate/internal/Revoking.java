package org.onewindow.certificate.internal;

import java.time.Clock;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.certificate.CertificateError;
import org.onewindow.certificate.CertificateException;
import org.onewindow.certificate.CertificateRevoked;
import org.onewindow.identity.OneWindowUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Revocation by the issuing department, with a reason; audited whether it succeeds or not. */
@Service
class Revoking {

    static final int MAX_REASON = 500;

    private final CertificateRecords records;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Revoking(CertificateRecords records, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The certificate if it exists and the officer's department issued it; anything else is "not found". */
    StoredCertificate inScope(UUID id, OneWindowUser officer, String ip, AuditEvent attempted) {
        var found = attempted == AuditEvent.CERTIFICATE_REVOKED ? records.byIdForUpdate(id) : records.byId(id);
        if (found.isEmpty() || officer.scope() == null
                || !found.get().departmentId().equals(officer.scope().departmentId())) {
            audit.recordIndependently(record(officer, ip, id, AuditResult.DENIED,
                    found.isEmpty() ? "certificate_not_found" : "certificate_out_of_scope", attempted));
            throw new CertificateException(CertificateError.CERTIFICATE_NOT_FOUND, "no certificate " + id + " in scope");
        }
        return found.get();
    }

    @Transactional
    public StoredCertificate revoke(UUID id, String reason, OneWindowUser officer, String ip) {
        StoredCertificate certificate = inScope(id, officer, ip, AuditEvent.CERTIFICATE_REVOKED);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            audit.recordIndependently(record(officer, ip, id, AuditResult.FAILURE,
                    CertificateError.REVOCATION_REASON_REQUIRED.code(), AuditEvent.CERTIFICATE_REVOKED));
            throw new CertificateException(CertificateError.REVOCATION_REASON_REQUIRED,
                    "a reason of at most " + MAX_REASON + " characters is required");
        }
        if (!records.revoke(id, clock.instant(), officer.id(), why)) {
            audit.recordIndependently(record(officer, ip, id, AuditResult.FAILURE,
                    CertificateError.CERTIFICATE_NOT_REVOCABLE.code(), AuditEvent.CERTIFICATE_REVOKED));
            throw new CertificateException(CertificateError.CERTIFICATE_NOT_REVOCABLE,
                    "certificate " + certificate.number() + " is " + certificate.state());
        }
        audit.record(record(officer, ip, id, AuditResult.SUCCESS, certificate.number(), AuditEvent.CERTIFICATE_REVOKED));
        events.publishEvent(new CertificateRevoked(id, certificate.number(), certificate.caseId(),
                certificate.departmentId()));
        return records.byId(id).orElseThrow();
    }

    private static AuditRecord record(OneWindowUser officer, String ip, UUID id, AuditResult result, String detail,
            AuditEvent event) {
        return AuditRecord.of(event, Actor.staff(officer.id().toString(), officer.name()), result)
                .withIp(ip)
                .withObject("certificate", id.toString())
                .withDetail(detail);
    }
}
