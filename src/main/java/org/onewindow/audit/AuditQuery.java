package org.onewindow.audit;

import java.time.Instant;

/**
 * Which entries to show: all filters optional, newest first, one page before an entry id.
 *
 * @param event only this event, or {@code null}
 * @param actorId only this actor id, or {@code null}
 * @param objectId only this object id, or {@code null}
 * @param from only entries that occurred at or after this instant, or {@code null}
 * @param to only entries that occurred before this instant, or {@code null}
 * @param beforeId only entries with a smaller id (the previous page's {@link AuditPage#nextBeforeId()}),
 *     or {@code null}
 * @param pageSize how many entries, 1 to {@value #MAX_PAGE_SIZE}
 */
public record AuditQuery(
        AuditEvent event, String actorId, String objectId, Instant from, Instant to, Long beforeId, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 50;

    public AuditQuery {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }

    /** The newest entries, {@value #DEFAULT_PAGE_SIZE} per page, no filter. */
    public static AuditQuery newest() {
        return new AuditQuery(null, null, null, null, null, null, DEFAULT_PAGE_SIZE);
    }

    public AuditQuery withEvent(AuditEvent newEvent) {
        return new AuditQuery(newEvent, actorId, objectId, from, to, beforeId, pageSize);
    }

    public AuditQuery withActorId(String newActorId) {
        return new AuditQuery(event, newActorId, objectId, from, to, beforeId, pageSize);
    }

    public AuditQuery withObjectId(String newObjectId) {
        return new AuditQuery(event, actorId, newObjectId, from, to, beforeId, pageSize);
    }

    public AuditQuery between(Instant newFrom, Instant newTo) {
        return new AuditQuery(event, actorId, objectId, newFrom, newTo, beforeId, pageSize);
    }

    public AuditQuery before(Long newBeforeId) {
        return new AuditQuery(event, actorId, objectId, from, to, newBeforeId, pageSize);
    }

    public AuditQuery withPageSize(int newPageSize) {
        return new AuditQuery(event, actorId, objectId, from, to, beforeId, newPageSize);
    }
}
