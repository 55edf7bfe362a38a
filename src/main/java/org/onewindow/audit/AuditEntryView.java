package org.onewindow.audit;

import java.time.Instant;

/**
 * One audit entry as the audit administrator sees it.
 *
 * @param id the entry id
 * @param occurredAt when it was recorded
 * @param actor who acted
 * @param ip from where, or {@code null}
 * @param event what happened
 * @param objectType the kind of object, or {@code null}
 * @param objectId the object, or {@code null}
 * @param result how it ended
 * @param detail the reason or code, or {@code null}
 * @param chainSeq its chain position, or {@code null} while the chainer has not reached it
 */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        Actor actor,
        String ip,
        AuditEvent event,
        String objectType,
        String objectId,
        AuditResult result,
        String detail,
        Long chainSeq) {}
