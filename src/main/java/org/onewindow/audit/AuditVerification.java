package org.onewindow.audit;

/** Checks the whole audit log against its MACs, its chain and the anchors kept outside the database. */
public interface AuditVerification {

    /** Verifies the log and reports the first broken link, if any; writes nothing. */
    VerificationReport verify();

    /** Verifies the log and records {@link AuditEvent#AUDIT_VERIFICATION_RUN} by the requester. */
    VerificationReport verify(Actor requester, String ip);
}
