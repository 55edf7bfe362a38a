package org.onewindow.hotline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records each sign-for and reply with whether it met its limit, for the dashboard's on-time rates. */
@Component
class TicketTimings {

    static final String SIGN = "SIGN";
    static final String REPLY = "REPLY";

    private final JdbcClient jdbc;

    TicketTimings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Ticket ticket, String step, boolean onTime, Instant at) {
        jdbc.sql("""
                insert into hotline.ticket_timing (ticket_id, step, department_id, at, on_time)
                values (:ticket, :step, :department, :at, :onTime)""")
                .param("ticket", ticket.id())
                .param("step", step)
                .param("department", ticket.departmentId())
                .param("at", Timestamp.from(at))
                .param("onTime", onTime)
                .update();
    }
}
