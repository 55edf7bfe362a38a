package org.onewindow.audit;

/** How the audited action ended. */
public enum AuditResult {
    /** It was done. */
    SUCCESS,
    /** It was attempted and failed (wrong password, invalid input, error). */
    FAILURE,
    /** It was refused for lack of permission, scope, zone or rate. */
    DENIED
}
