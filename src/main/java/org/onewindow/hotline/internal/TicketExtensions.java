package org.onewindow.hotline.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.deadline.Deadline;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.shared.DivisionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 延期: the holding department asks for more time to reply, with a reason; the centre approves
 * (the reply limit is extended through {@code deadline}) or refuses. One request may wait at a
 * time, and one extension is granted per round (dispatch, reassignment or reopening); it may not
 * be longer than the limit itself.
 */
@Service
class TicketExtensions {

    /** A request as pages show it; {@code unit} is the reply limit's ({@code CALENDAR_DAYS} …). */
    record Request(UUID id, UUID ticketId, String ticketNumber, UUID departmentId, int units, String unit, String reason,
            Instant requestedAt, String requestedBy, String decision, Instant decidedAt, String decidedBy,
            String decisionNote) {

        /** The unit's message key, e.g. {@code hotline.unit.calendar_days}. */
        public String unitKey() {
            return "hotline.unit." + unit.toLowerCase(java.util.Locale.ROOT);
        }

        public String requested() {
            return TicketViews.TIME.format(requestedAt);
        }
    }

    static final String APPROVED = "APPROVED";
    static final String REFUSED = "REFUSED";
    static final String WITHDRAWN = "WITHDRAWN";

    private final JdbcClient jdbc;
    private final TicketSteps steps;
    private final TicketClock ticketClock;
    private final Clock clock;

    TicketExtensions(JdbcClient jdbc, TicketSteps steps, TicketClock ticketClock, Clock clock) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.ticketClock = ticketClock;
        this.clock = clock;
    }

    /** The department asks; the request waits for the centre. */
    @Transactional
    Request request(OneWindowUser officer, UUID ticketId, int version, int units, String reason, Acting who) {
        Ticket ticket = steps.load(ticketId);
        if (officer.scope() == null || ticket.departmentId() == null
                || !ticket.departmentId().equals(officer.scope().departmentId())) {
            throw new HotlineException(HotlineError.NOT_HOLDING_DEPARTMENT);
        }
        if (ticket.version() != version) {
            throw new HotlineException(HotlineError.TICKET_VERSION_CONFLICT);
        }
        if (!ticket.state().mayAskForExtension()) {
            throw new HotlineException(HotlineError.TICKET_STATE_CONFLICT);
        }
        if (reason == null || reason.isBlank()) {
            throw new HotlineException(HotlineError.REASON_REQUIRED);
        }
        Deadline reply = ticketClock.replyDeadline(ticket).filter(d -> d.state().isActive())
                .orElseThrow(() -> new HotlineException(HotlineError.TICKET_STATE_CONFLICT));
        if (units < 1 || units > reply.limit().amount()) {
            throw new HotlineException(HotlineError.EXTENSION_INVALID);
        }
        if (pending(ticketId).isPresent()) {
            throw new HotlineException(HotlineError.EXTENSION_PENDING);
        }
        if (reply.extensions() > 0) {
            throw new HotlineException(HotlineError.EXTENSION_ALREADY_GRANTED);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into hotline.extension_request (id, ticket_id, department_id, units, unit, reason,
                    requested_at, requested_by)
                values (:id, :ticket, :department, :units, :unit, :reason, :at, :by)""")
                .param("id", id)
                .param("ticket", ticket.id())
                .param("department", ticket.departmentId())
                .param("units", units)
                .param("unit", reply.limit().unit().name())
                .param("reason", reason.strip())
                .param("at", Timestamp.from(now))
                .param("by", who.name())
                .update();
        steps.save(ticket, ticket, "extension_requested", units + " " + unitName(reply) + "：" + reason.strip(),
                false, who);
        return pending(ticketId).orElseThrow();
    }

    /** The centre decides the pending request; an approval extends the reply limit at once. */
    @Transactional
    Ticket decide(OneWindowUser centre, UUID ticketId, int version, boolean approve, String note, Acting who) {
        Ticket ticket = steps.load(ticketId, version);
        CentreScope.require(centre, ticket);
        Request request = pending(ticketId).orElseThrow(() -> new HotlineException(HotlineError.EXTENSION_NOT_PENDING));
        if (!approve && (note == null || note.isBlank())) {
            throw new HotlineException(HotlineError.REASON_REQUIRED);
        }
        if (!ticket.state().mayAskForExtension() || !request.departmentId().equals(ticket.departmentId())) {
            throw new HotlineException(HotlineError.EXTENSION_NOT_PENDING);
        }
        String decision = approve ? APPROVED : REFUSED;
        close(request.id(), decision, who, note);
        if (!approve) {
            return steps.save(ticket, ticket, "extension_refused", note.strip(), false, who);
        }
        Deadline extended = ticketClock.extendReply(ticket, request.units());
        return steps.save(ticket, ticket, "extension_approved",
                "+" + request.units() + " " + unitName(extended) + " → " + TicketViews.TIME.format(extended.dueAt()),
                true, who);
    }

    /** A request still waiting is withdrawn when its department lets go of the ticket or replies. */
    void withdrawPending(UUID ticketId, Acting who) {
        pending(ticketId).ifPresent(request -> close(request.id(), WITHDRAWN, who, null));
    }

    Optional<Request> pending(UUID ticketId) {
        return jdbc.sql(SELECT + " where ticket_id = :ticket and decision is null").param("ticket", ticketId)
                .query(TicketExtensions::map).optional();
    }

    /** Pending requests of tickets within a region, oldest first: the centre's queue. */
    List<Request> pendingIn(DivisionCode region, int limit) {
        return jdbc.sql(SELECT.replace("from hotline.extension_request r",
                        "from hotline.extension_request r join hotline.ticket t on t.id = r.ticket_id")
                        + " where r.decision is null and t.district_code like :region order by r.requested_at limit :limit")
                .param("region", Regions.likePattern(region))
                .param("limit", limit)
                .query(TicketExtensions::map).list();
    }

    private void close(UUID requestId, String decision, Acting who, String note) {
        jdbc.sql("""
                update hotline.extension_request set decision = :decision, decided_at = :at, decided_by = :by,
                    decision_note = :note
                where id = :id and decision is null""")
                .param("decision", decision)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", who.name())
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("id", requestId)
                .update();
    }

    private static String unitName(Deadline deadline) {
        return switch (deadline.limit().unit()) {
            case CLOCK_HOURS -> "小时";
            case CALENDAR_DAYS -> "天";
            case WORKING_DAYS -> "个工作日";
        };
    }

    private static final String SELECT = """
            select r.id, r.ticket_id, (select t2.number from hotline.ticket t2 where t2.id = r.ticket_id) as number,
                r.department_id, r.units, r.unit, r.reason, r.requested_at, r.requested_by,
                r.decision, r.decided_at, r.decided_by, r.decision_note
            from hotline.extension_request r""";

    private static Request map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Request(rs.getObject("id", UUID.class), rs.getObject("ticket_id", UUID.class),
                rs.getString("number"), rs.getObject("department_id", UUID.class), rs.getInt("units"), rs.getString("unit"),
                rs.getString("reason"), rs.getTimestamp("requested_at").toInstant(), rs.getString("requested_by"),
                rs.getString("decision"), decided == null ? null : decided.toInstant(), rs.getString("decided_by"),
                rs.getString("decision_note"));
    }
}
