package org.onewindow.audit;

/**
 * What happened, as the audit contract names it.
 *
 * <p>Entries store the constant's name: add values freely, but never rename or remove one, or
 * old entries could no longer be read.
 */
public enum AuditEvent {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    ACCOUNT_LOCKED,
    SESSION_EXPIRED,
    ONE_TIME_CODE_SENT,
    ONE_TIME_CODE_VERIFIED,
    ONE_TIME_CODE_FAILED,
    RATE_LIMITED,
    PERMISSION_DENIED,
    ZONE_VIOLATION,
    ACCOUNT_CREATED,
    REGISTRATION_FAILED,
    BUSINESS_ACCOUNT_OPENED,
    AGENT_DELEGATED,
    AGENT_REVOKED,
    ROLE_CHANGED,
    KEY_GENERATED,
    KEY_CHANGED,
    CONFIGURATION_CHANGED,
    ACCOUNT_UNLOCKED,
    REGISTRY_READ,
    PERSONAL_DATA_UNMASKED,
    AUDIT_LOG_VIEWED,
    AUDIT_VERIFICATION_RUN,
    APPLICATION_SUBMITTED,
    APPLICATION_WITHDRAWN,
    ATTACHMENT_UPLOADED,
    ATTACHMENT_REJECTED
}
