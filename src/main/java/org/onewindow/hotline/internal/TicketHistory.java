package org.onewindow.hotline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onewindow.hotline.TicketState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The timeline of each ticket in {@code hotline.ticket_event}; rows are only ever added. */
@Component
class TicketHistory {

    /**
     * One step on the timeline.
     *
     * @param action what was done, e.g. {@code dispatched}
     * @param state the ticket's state after it
     * @param actorName who did it: a staff name, a department, or the reporter's masked name
     * @param note a reply, a reason or a supervision note
     * @param publicNote whether the reporter sees the row
     */
    record Step(Instant at, String action, TicketState state, String actorName, UUID departmentId, String note,
            boolean publicNote) {

        /** When, as pages show it. */
        public String time() {
            return TicketViews.TIME.format(at);
        }
    }

    private final JdbcClient jdbc;

    TicketHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID ticket, Step step) {
        jdbc.sql("""
                insert into hotline.ticket_event (ticket_id, at, action, state, actor_name, department_id, note, public)
                values (:ticket, :at, :action, :state, :actor, :department, :note, :public)""")
                .param("ticket", ticket)
                .param("at", Timestamp.from(step.at()))
                .param("action", step.action())
                .param("state", step.state().name())
                .param("actor", step.actorName())
                .param("department", step.departmentId())
                .param("note", step.note())
                .param("public", step.publicNote())
                .update();
    }

    List<Step> of(UUID ticket) {
        return jdbc.sql("""
                select at, action, state, actor_name, department_id, note, public from hotline.ticket_event
                where ticket_id = :ticket order by id""")
                .param("ticket", ticket)
                .query((rs, row) -> new Step(rs.getTimestamp("at").toInstant(), rs.getString("action"),
                        TicketState.valueOf(rs.getString("state")), rs.getString("actor_name"),
                        rs.getObject("department_id", UUID.class), rs.getString("note"), rs.getBoolean("public")))
                .list();
    }

    /** What the reporter sees: the public steps. */
    List<Step> publicOf(UUID ticket) {
        return of(ticket).stream().filter(Step::publicNote).toList();
    }
}
