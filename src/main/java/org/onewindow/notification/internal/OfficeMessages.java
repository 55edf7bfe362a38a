package org.onewindow.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.shared.DivisionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Office staff's in-app messages: addressed to a department or to the supervisors, about work in
 * a region. A member of staff sees their department's messages and, if a supervisor, the
 * supervisors' ones, in both cases only where their region scope covers the work.
 */
@Component
class OfficeMessages {

    /** Who a message is for. */
    enum Audience {
        DEPARTMENT,
        SUPERVISORS
    }

    /** One message as the page shows it. */
    record Message(long id, String title, String body, String link, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    OfficeMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the message unless one with this reference exists; true if it was new. */
    boolean deliver(Audience audience, UUID departmentId, DivisionCode region, String ref, String title, String body,
            String link) {
        return jdbc.sql("""
                        insert into notification.office_message (audience, department_id, region_code, ref, title, body,
                            link, created_at)
                        values (:audience, :department, :region, :ref, :title, :body, :link, :at)
                        on conflict (ref) do nothing""")
                        .param("audience", audience.name())
                        .param("department", audience == Audience.DEPARTMENT ? departmentId : null)
                        .param("region", region.value())
                        .param("ref", ref)
                        .param("title", title)
                        .param("body", body)
                        .param("link", link)
                        .param("at", Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    /** The officer's messages, newest first, older than {@code beforeId} if given. */
    List<Message> of(OneWindowUser officer, Long beforeId, int limit) {
        if (officer.scope() == null) {
            return List.of();
        }
        return jdbc.sql("""
                select id, title, body, link, created_at from notification.office_message
                where region_code like :region
                  and ((audience = 'DEPARTMENT' and department_id = :department)
                       or (audience = 'SUPERVISORS' and :supervisor))
                  and (cast(:before as bigint) is null or id < :before)
                order by id desc limit :limit""")
                .param("region", officer.scope().region().subtreePrefix() + "%")
                .param("department", officer.scope().departmentId())
                .param("supervisor", officer.roles().contains(Role.SUPERVISOR))
                .param("before", beforeId)
                .param("limit", Math.min(Math.max(limit, 1), 100))
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
