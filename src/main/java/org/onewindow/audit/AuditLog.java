package org.onewindow.audit;

/**
 * Writes the audit log; entries are never changed or removed afterwards.
 *
 * <p>Use {@link #record} for what a business transaction did, so that the entry commits or rolls
 * back with the change it describes. Use {@link #recordIndependently} for failures and denials,
 * whose business transaction is about to roll back but which must stay on record.
 */
public interface AuditLog {

    /**
     * Records in the caller's transaction (or a new one if there is none) and returns the entry id.
     *
     * <p>Inside a read-only transaction (a registry read, a page view) the entry is written in a
     * transaction of its own, since a read-only one cannot insert.
     */
    long record(AuditRecord record);

    /** Records in a transaction of its own that commits whatever the caller's does, and returns the entry id. */
    long recordIndependently(AuditRecord record);

    /** Records an event without IP, object or detail in the caller's transaction. */
    default long record(AuditEvent event, Actor actor, AuditResult result) {
        return record(AuditRecord.of(event, actor, result));
    }

    /** Records a successful event on an object in the caller's transaction. */
    default long record(AuditEvent event, Actor actor, String ip, String objectType, String objectId) {
        return record(AuditRecord.of(event, actor, AuditResult.SUCCESS)
                .withIp(ip)
                .withObject(objectType, objectId));
    }

    /** Records a failure or denial, with a reason code, independently of the caller's transaction. */
    default long recordIndependently(AuditEvent event, Actor actor, String ip, AuditResult result, String reason) {
        return recordIndependently(
                AuditRecord.of(event, actor, result).withIp(ip).withDetail(reason));
    }
}
