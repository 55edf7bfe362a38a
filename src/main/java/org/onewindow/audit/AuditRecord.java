package org.onewindow.audit;

import java.util.Objects;

/**
 * One thing to write into the audit log.
 *
 * <p>{@code objectId} and {@code detail} are stored in clear text and kept for years: they must
 * never carry unmasked personal data (identity numbers, mobile numbers, addresses, names of
 * data subjects). Use internal ids and masked values ({@code 110105********002X}); say why
 * something failed with a stable code ({@code password_wrong}), not with the input.
 *
 * @param event what happened
 * @param actor who did it
 * @param ip the client's IP address, or {@code null} for the system
 * @param objectType what kind of object it concerned (e.g. {@code case}, {@code account}), or {@code null}
 * @param objectId the object's id within its type, or {@code null}
 * @param result how it ended
 * @param detail a short reason or code, at most {@value #MAX_DETAIL_LENGTH} characters, or {@code null}
 */
public record AuditRecord(
        AuditEvent event,
        Actor actor,
        String ip,
        String objectType,
        String objectId,
        AuditResult result,
        String detail) {

    /** The longest detail accepted; longer ones are a caller's bug and are refused. */
    public static final int MAX_DETAIL_LENGTH = 2000;

    /** The longest ip, object type and object id accepted. */
    public static final int MAX_FIELD_LENGTH = 200;

    public AuditRecord {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(result, "result");
        requireLength("detail", detail, MAX_DETAIL_LENGTH);
        requireLength("ip", ip, MAX_FIELD_LENGTH);
        requireLength("objectType", objectType, MAX_FIELD_LENGTH);
        requireLength("objectId", objectId, MAX_FIELD_LENGTH);
    }

    /** A record without IP, object or detail; add them with the {@code with…} methods. */
    public static AuditRecord of(AuditEvent event, Actor actor, AuditResult result) {
        return new AuditRecord(event, actor, null, null, null, result, null);
    }

    public AuditRecord withIp(String newIp) {
        return new AuditRecord(event, actor, newIp, objectType, objectId, result, detail);
    }

    public AuditRecord withObject(String newObjectType, String newObjectId) {
        return new AuditRecord(event, actor, ip, newObjectType, newObjectId, result, detail);
    }

    public AuditRecord withDetail(String newDetail) {
        return new AuditRecord(event, actor, ip, objectType, objectId, result, newDetail);
    }

    private static void requireLength(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
    }
}
