package org.onewindow.hotline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.hotline.TicketState;
import org.onewindow.shared.DivisionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Stores tickets in {@code hotline.ticket}; updates check the version (optimistic locking). */
@Component
class TicketRecords {

    /** The columns in the order of {@link Ticket}'s components; {@link #map} reads them by position. */
    private static final String COLUMNS = """
            id, number, channel, service_code, description, address, district_code, lat, lng, attributes,
            reporter_id, contact_name_enc, contact_mobile_enc, confidential, emergency_service, state,
            department_id, main_ticket_id, reply, satisfaction, solved, overdue, api_key_id, created_at,
            updated_at, closed_at, version, media_url""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    /** The few district codes there are, parsed (and checked) once. */
    private final Map<String, DivisionCode> districts = new java.util.concurrent.ConcurrentHashMap<>();

    TicketRecords(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Ticket ticket, String mobileIndex) {
        jdbc.sql("insert into hotline.ticket (" + COLUMNS + ", contact_mobile_bidx) values (:id, :number, :channel,"
                        + " :service, :description, :address, :district, :lat, :lng, :attributes, :reporter, :name,"
                        + " :mobile, :confidential, :emergency, :state, :department, :main, :reply, :satisfaction,"
                        + " :solved, :overdue, :apiKey, :createdAt, :updatedAt, :closedAt, 0, :mediaUrl, :mobileIndex)")
                .params(params(ticket))
                .param("number", ticket.number())
                .param("channel", ticket.channel().name())
                .param("service", ticket.serviceCode())
                .param("description", ticket.description())
                .param("address", ticket.address())
                .param("lat", ticket.lat())
                .param("lng", ticket.lng())
                .param("attributes", json.writeValueAsString(ticket.attributes()))
                .param("reporter", ticket.reporterId())
                .param("name", ticket.contactNameEnc())
                .param("mobile", ticket.contactMobileEnc())
                .param("confidential", ticket.confidential())
                .param("emergency", ticket.emergencyService())
                .param("apiKey", ticket.apiKeyId())
                .param("createdAt", Timestamp.from(ticket.createdAt()))
                .param("mediaUrl", ticket.mediaUrl())
                .param("mobileIndex", mobileIndex)
                .update();
    }

    /** Saves the changed fields if nobody changed the ticket since {@code before} was read. */
    Ticket update(Ticket before, Ticket after) {
        int rows = jdbc.sql("""
                update hotline.ticket set state = :state, department_id = :department, main_ticket_id = :main,
                    reply = :reply, satisfaction = :satisfaction, solved = :solved, overdue = :overdue,
                    updated_at = :updatedAt, closed_at = :closedAt, version = version + 1
                where id = :id and version = :version""")
                .params(params(after))
                .param("version", before.version())
                .update();
        if (rows != 1) {
            throw new HotlineException(HotlineError.TICKET_VERSION_CONFLICT);
        }
        return byId(after.id()).orElseThrow();
    }

    void setAccessCode(UUID id, String hash) {
        jdbc.sql("update hotline.ticket set access_code_hash = :hash where id = :id").param("hash", hash)
                .param("id", id).update();
    }

    /** The keyed hash of an anonymous ticket's access code, or empty. */
    Optional<String> accessCodeHash(UUID id) {
        return jdbc.sql("select access_code_hash from hotline.ticket where id = :id and access_code_hash is not null")
                .param("id", id).query(String.class).optional();
    }

    void markOverdue(UUID id) {
        jdbc.sql("update hotline.ticket set overdue = true where id = :id").param("id", id).update();
    }

    Optional<Ticket> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from hotline.ticket where id = :id").param("id", id)
                .query(this::map).optional();
    }

    Optional<Ticket> byNumber(String number) {
        return jdbc.sql("select " + COLUMNS + " from hotline.ticket where number = :number").param("number", number)
                .query(this::map).optional();
    }

    /** Tickets in these states within a region (by code prefix), oldest first: the centre's queues. */
    List<Ticket> inStates(Collection<TicketState> states, DivisionCode region, int limit) {
        return jdbc.sql("select " + COLUMNS + " from hotline.ticket where state in (:states)"
                        + " and district_code like :region order by created_at, id limit :limit")
                .param("states", states.stream().map(Enum::name).toList())
                .param("region", Regions.likePattern(region))
                .param("limit", limit)
                .query(this::map).list();
    }

    /** A department's tickets in these states, oldest first. */
    List<Ticket> ofDepartment(UUID department, Collection<TicketState> states, int limit) {
        return jdbc.sql("select " + COLUMNS + " from hotline.ticket where department_id = :department"
                        + " and state in (:states) order by created_at, id limit :limit")
                .param("department", department)
                .param("states", states.stream().map(Enum::name).toList())
                .param("limit", limit)
                .query(this::map).list();
    }

    /** A reporter's tickets, newest first. */
    List<Ticket> ofReporter(UUID reporter, int limit) {
        return jdbc.sql("select " + COLUMNS + " from hotline.ticket where reporter_id = :reporter"
                        + " order by created_at desc, id desc limit :limit")
                .param("reporter", reporter)
                .param("limit", limit)
                .query(this::map).list();
    }

    /** Open tickets of the same service in the same district that a new one may duplicate, newest first. */
    List<Ticket> similarOpen(String service, DivisionCode district, UUID except, int limit) {
        return jdbc.sql("select " + COLUMNS + " from hotline.ticket where service_code = :service"
                        + " and district_code = :district and state in (:open) and id <> :except"
                        + " order by created_at desc limit :limit")
                .param("service", service)
                .param("district", district.value())
                .param("open", List.of("ACCEPTED", "DISPUTED", "DISPATCHED", "SIGNED", "HANDLING", "REOPENED"))
                .param("except", except == null ? new UUID(0, 0) : except)
                .param("limit", limit)
                .query(this::map).list();
    }

    /** The duplicates merged into a main ticket. */
    List<Ticket> followers(UUID main) {
        return jdbc.sql("select " + COLUMNS + " from hotline.ticket where main_ticket_id = :main order by created_at")
                .param("main", main)
                .query(this::map).list();
    }

    /** Open tickets past a time limit within a region, oldest first. */
    List<Ticket> overdue(DivisionCode region, int limit) {
        return jdbc.sql("select " + COLUMNS + " from hotline.ticket where overdue and closed_at is null"
                        + " and district_code like :region order by created_at, id limit :limit")
                .param("region", Regions.likePattern(region))
                .param("limit", limit)
                .query(this::map).list();
    }

    /** The newest tickets matching an Open311 query, at most {@code limit}. */
    List<Ticket> search(Open311Query query, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from hotline.ticket where emergency_service is null"
                + " and created_at >= :start and created_at < :end");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("start", Timestamp.from(query.start()));
        params.put("end", Timestamp.from(query.end()));
        if (!query.numbers().isEmpty()) {
            sql.append(" and number in (:numbers)");
            params.put("numbers", query.numbers());
        }
        if (!query.serviceCodes().isEmpty()) {
            sql.append(" and service_code in (:services)");
            params.put("services", query.serviceCodes());
        }
        if (query.status() != null) {
            sql.append("open".equals(query.status()) ? " and closed_at is null" : " and closed_at is not null");
        }
        sql.append(" order by created_at desc, id desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    private static Map<String, Object> params(Ticket ticket) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", ticket.id());
        params.put("district", ticket.district().value());
        params.put("state", ticket.state().name());
        params.put("department", ticket.departmentId());
        params.put("main", ticket.mainTicketId());
        params.put("reply", ticket.reply());
        params.put("satisfaction", ticket.satisfaction());
        params.put("solved", ticket.solved());
        params.put("overdue", ticket.overdue());
        params.put("updatedAt", Timestamp.from(ticket.updatedAt()));
        params.put("closedAt", ticket.closedAt() == null ? null : Timestamp.from(ticket.closedAt()));
        return params;
    }

    /** Reads a row of {@link #COLUMNS} by position (a page of Open311 requests maps a thousand of them). */
    private Ticket map(ResultSet rs, int row) throws SQLException {
        String attributes = rs.getString(10);
        return new Ticket(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                Channel.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                districts.computeIfAbsent(rs.getString(7), DivisionCode::parse),
                (Double) rs.getObject(8),
                (Double) rs.getObject(9),
                attributes == null || attributes.equals("{}") ? Map.of()
                        : json.readValue(attributes, new TypeReference<Map<String, String>>() {}),
                rs.getObject(11, UUID.class),
                rs.getString(12),
                rs.getString(13),
                rs.getBoolean(14),
                rs.getString(15),
                TicketState.valueOf(rs.getString(16)),
                rs.getObject(17, UUID.class),
                rs.getObject(18, UUID.class),
                rs.getString(19),
                rs.getObject(20, Integer.class),
                rs.getObject(21, Boolean.class),
                rs.getBoolean(22),
                rs.getObject(23, UUID.class),
                instant(rs, 24),
                instant(rs, 25),
                instant(rs, 26),
                rs.getInt(27),
                rs.getString(28));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
