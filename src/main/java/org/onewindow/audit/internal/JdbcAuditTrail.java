package org.onewindow.audit.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEntryView;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditPage;
import org.onewindow.audit.AuditQuery;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Pages through the audit log newest first by keyset and records every such read. */
@Component
class JdbcAuditTrail implements AuditTrail {

    static final String OBJECT_TYPE = "audit_log";

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;

    JdbcAuditTrail(JdbcClient jdbc, AuditLog auditLog, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public AuditPage view(Actor viewer, String viewerIp, AuditQuery query) {
        return transaction.execute(status -> {
            AuditPage page = find(query);
            auditLog.record(AuditRecord.of(AuditEvent.AUDIT_LOG_VIEWED, viewer, AuditResult.SUCCESS)
                    .withIp(viewerIp)
                    .withObject(OBJECT_TYPE, null)
                    .withDetail(describe(query)));
            return page;
        });
    }

    private AuditPage find(AuditQuery query) {
        StringBuilder sql = new StringBuilder(
                "select " + StoredEntry.COLUMNS_WITH_POSITION + " from audit.entry e where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.beforeId() != null) {
            sql.append(" and e.id < :beforeId");
            params.put("beforeId", query.beforeId());
        }
        if (query.event() != null) {
            sql.append(" and e.event = :event");
            params.put("event", query.event().name());
        }
        if (query.actorId() != null) {
            sql.append(" and e.actor_id = :actorId");
            params.put("actorId", query.actorId());
        }
        if (query.objectId() != null) {
            sql.append(" and e.object_id = :objectId");
            params.put("objectId", query.objectId());
        }
        if (query.from() != null) {
            sql.append(" and e.occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" and e.occurred_at < :to");
            params.put("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        sql.append(" order by e.id desc limit :limit");
        params.put("limit", query.pageSize() + 1);
        List<StoredEntry> rows = jdbc.sql(sql.toString())
                .params(params)
                .query(StoredEntry::map)
                .list();
        boolean more = rows.size() > query.pageSize();
        List<AuditEntryView> views = rows.stream()
                .limit(query.pageSize())
                .map(JdbcAuditTrail::view)
                .toList();
        return new AuditPage(views, more ? views.getLast().id() : null);
    }

    private static AuditEntryView view(StoredEntry row) {
        return new AuditEntryView(
                row.id(),
                row.occurredAt(),
                new Actor(Actor.Type.valueOf(row.actorType()), row.actorId(), row.actorName()),
                row.ip(),
                AuditEvent.valueOf(row.event()),
                row.objectType(),
                row.objectId(),
                AuditResult.valueOf(row.result()),
                row.detail(),
                row.chainSeq());
    }

    /** The filters, for the entry that records this read (ids and codes only, as the filters are). */
    private static String describe(AuditQuery query) {
        StringBuilder text = new StringBuilder("page_size=").append(query.pageSize());
        append(text, "before_id", query.beforeId());
        append(text, "event", query.event());
        append(text, "actor_id", query.actorId());
        append(text, "object_id", query.objectId());
        append(text, "from", query.from());
        append(text, "to", query.to());
        String result = text.toString();
        return result.length() <= AuditRecord.MAX_DETAIL_LENGTH
                ? result
                : result.substring(0, AuditRecord.MAX_DETAIL_LENGTH);
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(' ').append(name).append('=').append(value);
        }
    }
}
