package org.onewindow.audit.internal;

import java.time.Instant;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.audit.AuditVerification;
import org.onewindow.audit.VerificationReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the log in one repeatable-read snapshot, reading the anchors first so that every
 * anchor refers to entries the snapshot can see.
 */
@Component
class JdbcAuditVerification implements AuditVerification {

    private final JdbcClient jdbc;
    private final EntryMac mac;
    private final AnchorFile anchorFile;
    private final AuditLog auditLog;
    private final TransactionTemplate snapshot;

    JdbcAuditVerification(
            JdbcClient jdbc,
            EntryMac mac,
            AnchorFile anchorFile,
            AuditLog auditLog,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.mac = mac;
        this.anchorFile = anchorFile;
        this.auditLog = auditLog;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public VerificationReport verify() {
        Instant startedAt = Instant.now();
        try (AnchorFile.Cursor anchors = anchorFile.open()) {
            return snapshot.execute(status -> new ChainWalk(jdbc, mac, anchors, startedAt).run());
        }
    }

    @Override
    public VerificationReport verify(Actor requester, String ip) {
        VerificationReport report = verify();
        AuditRecord record = AuditRecord.of(
                        AuditEvent.AUDIT_VERIFICATION_RUN,
                        requester,
                        report.intact() ? AuditResult.SUCCESS : AuditResult.FAILURE)
                .withIp(ip)
                .withDetail(report.breakFound()
                        .map(found -> found.kind() + " chain_seq=" + found.chainSeq() + " id=" + found.entryId())
                        .orElse("intact, " + report.chainedEntries() + " chained"));
        auditLog.recordIndependently(record);
        return report;
    }
}
