package org.onewindow.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Citizens' in-app messages; a message with the same reference is kept once. */
@Component
class Inbox {

    /** One message as the inbox page shows it. */
    record Message(long id, String title, String body, String link, Instant createdAt, boolean read) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the message unless one with this reference exists; true if it was new. */
    boolean deliver(UUID citizenId, String ref, String title, String body, String link) {
        return jdbc.sql("""
                        insert into notification.inbox (citizen_id, ref, title, body, link, created_at)
                        values (:citizen, :ref, :title, :body, :link, :at) on conflict (citizen_id, ref) do nothing""")
                        .param("citizen", citizenId)
                        .param("ref", ref)
                        .param("title", title)
                        .param("body", body)
                        .param("link", link)
                        .param("at", Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    List<Message> of(UUID citizenId, Long beforeId, int limit) {
        return jdbc.sql("""
                select id, title, body, link, created_at, read_at from notification.inbox
                where citizen_id = :citizen and (cast(:before as bigint) is null or id < :before)
                order by id desc limit :limit""")
                .param("citizen", citizenId)
                .param("before", beforeId)
                .param("limit", Math.min(Math.max(limit, 1), 100))
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
                .list();
    }

    void markAllRead(UUID citizenId) {
        jdbc.sql("update notification.inbox set read_at = :at where citizen_id = :citizen and read_at is null")
                .param("at", Timestamp.from(clock.instant()))
                .param("citizen", citizenId)
                .update();
    }
}
