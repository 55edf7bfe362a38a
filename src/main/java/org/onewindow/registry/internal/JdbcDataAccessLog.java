package org.onewindow.registry.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.registry.AccessLogEntry;
import org.onewindow.registry.DataAccessLog;
import org.onewindow.registry.ReadPurpose;
import org.onewindow.shared.IdNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the access log by the subject's blind index, newest first, in keyset pages. */
@Service
class JdbcDataAccessLog implements DataAccessLog {

    private final JdbcClient jdbc;
    private final RegistryDataProtection data;

    JdbcDataAccessLog(JdbcClient jdbc, RegistryDataProtection data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    @Override
    public List<AccessLogEntry> readsOf(IdNumber subject, Long beforeId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return jdbc.sql("""
                        select id, read_at, reader_type, reader_name, purpose, registry
                        from registry.access_log
                        where subject_bidx = :subject and id < :before
                        order by id desc
                        limit :limit
                        """)
                .param("subject", data.index(subject))
                .param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .param("limit", Math.min(limit, MAX_PAGE_SIZE))
                .query((rs, row) -> new AccessLogEntry(
                        rs.getLong("id"),
                        rs.getObject("read_at", OffsetDateTime.class).toInstant(),
                        rs.getString("reader_type"),
                        rs.getString("reader_name"),
                        ReadPurpose.valueOf(rs.getString("purpose")),
                        rs.getString("registry")))
                .list();
    }
}
