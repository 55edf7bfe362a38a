package org.onewindow.audit;

/**
 * Reads the audit log for the audit administrator, newest first; every read is itself audited.
 *
 * <p>Only the audit administrator may call this; the web layer enforces that.
 */
public interface AuditTrail {

    /** Returns one page matching the query and records {@link AuditEvent#AUDIT_LOG_VIEWED} by the viewer. */
    AuditPage view(Actor viewer, String viewerIp, AuditQuery query);
}
