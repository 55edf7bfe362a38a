package org.onewindow.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Fills the hotline's tables by bulk SQL, consistent with the product's schema (migrations
 * {@code V80_*}) and its rules, so that reads can be measured against a year of tickets without
 * taking a year in.
 *
 * <p>{@code count} tickets, evenly spread over the last {@code days} days (newest now): services
 * and districts in turn, channels web, phone and Open311; one in 200 an emergency transfer (not
 * listed by Open311); tickets older than 15 days are closed (a few merged), newer ones in every
 * open state. Every dispatched ticket has its reply limit in {@code deadline.time_limit}, as the
 * product keeps it: completed for replied tickets, running for the others, with overdue ones
 * already marked as notified so that the sweeper does not publish a flood of events. The
 * timeline and the contact columns are left empty: Open311 reads neither. The tables are then
 * vacuumed and a checkpoint taken, as a database that has held them for a while would be.
 */
final class HotlineSeed {

    private final BenchDatabase database;

    HotlineSeed(BenchDatabase database) {
        this.database = database;
    }

    /** An Open311 API key straight into {@code hotline.api_key} (only its SHA-256 is stored, as the product does). */
    String apiKey() throws SQLException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String value = "ow311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection connection = database.connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into hotline.api_key (id, name, prefix, key_hash, created_at, created_by)
                values (?, 'benchmark client', ?, ?, now(), ?)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, value.substring(0, 12));
            insert.setString(3, sha256(value));
            insert.setObject(4, UUID.randomUUID());
            insert.executeUpdate();
        }
        return value;
    }

    /** The county-level districts on record, where tickets are dispatched. */
    List<String> districts() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select code from identity.region where level = 3 order by code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /** Inserts the tickets and their reply limits; returns how many tickets the table then holds. */
    long tickets(int count, int days, List<String> services) throws SQLException {
        List<String> departments = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id from identity.department order by code")) {
            while (rs.next()) {
                departments.add(rs.getString(1));
            }
        }
        List<String> districts = districts();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into hotline.ticket (id, number, channel, service_code, description, address, district_code,
                        lat, lng, attributes, confidential, emergency_service, state, department_id, reply,
                        satisfaction, solved, overdue, created_at, updated_at, closed_at, version)
                    select id, '12345-' || to_char(created_at at time zone 'Asia/Shanghai', 'YYYY') || '-'
                               || lpad(seq::text, greatest(6, length(seq::text)), '0'),
                           (array['WEB', 'PHONE', 'OPEN311'])[1 + i %% 3], service, description, address, district,
                           26.0 + (i %% 1000) / 5000.0, 119.2 + (i %% 777) / 5000.0, '{}', i %% 50 = 0,
                           case when state = 'TRANSFERRED' then '110' end, state,
                           case when state in ('ACCEPTED', 'TRANSFERRED', 'MERGED') then null else department end,
                           case when state in ('REPLIED', 'VISITED', 'CLOSED') then '已处理，问题已解决。' end,
                           case when state in ('VISITED', 'CLOSED') then 3 + i %% 3 end,
                           case when state in ('VISITED', 'CLOSED') then true end,
                           false, created_at, updated_at,
                           case when state in ('CLOSED', 'TRANSFERRED', 'MERGED') then updated_at end, 3
                    from (
                        select i, gen_random_uuid() as id, created_at, nextval('hotline.ticket_sequence') as seq,
                               (%s)[1 + i %% %d] as service,
                               (%s)[1 + i %% %d] as district,
                               (%s)[1 + i %% %d]::uuid as department,
                               '第 ' || i || ' 件：路面问题已持续多日，影响通行，请尽快处理。' as description,
                               '福州市某路 ' || (i %% 300) || ' 号' as address,
                               case when i %% 200 = 0 then 'TRANSFERRED'
                                    when created_at < now() - interval '15 days'
                                        then case when i %% 40 = 1 then 'MERGED' else 'CLOSED' end
                                    else (array['ACCEPTED', 'DISPATCHED', 'SIGNED', 'HANDLING', 'REPLIED', 'VISITED'])
                                        [1 + i %% 6] end as state,
                               least(now(), created_at + interval '3 days') as updated_at
                        from (select i, now() - (i * (%d * 86400.0 / %d)) * interval '1 second' as created_at
                              from generate_series(0, %d - 1) as i) g
                    ) t
                    """.formatted(array(services), services.size(), array(districts), districts.size(),
                    array(departments), departments.size(), days, count, count));
            // The reply limit of every ticket that was dispatched, as TicketClock starts it (7 calendar
            // days, due at the end of the 7th day in China time).
            statement.execute("""
                    insert into deadline.time_limit (id, subject_type, subject_key, unit, amount, state, started_at,
                        due_at, due_soon_at, due_soon_notified_at, overdue_notified_at, finished_at)
                    select gen_random_uuid(), 'hotline.reply', t.id::text, 'CALENDAR_DAYS', 7,
                           case when t.state in ('DISPATCHED', 'SIGNED', 'HANDLING') then 'RUNNING' else 'COMPLETED' end,
                           t.created_at + interval '10 minutes', due, due - interval '1 day',
                           case when due - interval '1 day' < now() then due - interval '1 day' end,
                           case when due < now() then due end,
                           case when t.state in ('DISPATCHED', 'SIGNED', 'HANDLING') then null else t.updated_at end
                    from (select *, (date_trunc('day', (created_at + interval '10 minutes') at time zone 'Asia/Shanghai')
                                     + interval '8 days' - interval '1 microsecond') at time zone 'Asia/Shanghai' as due
                          from hotline.ticket
                          where state not in ('ACCEPTED', 'TRANSFERRED', 'MERGED')) t""");
            // What autovacuum and the checkpointer would have done long since on a year of tickets: set
            // the hint bits and the visibility map, and write the dirty pages, so that the reads
            // measured next do not pay for the bulk load.
            statement.execute("vacuum (analyze) hotline.ticket");
            statement.execute("vacuum (analyze) deadline.time_limit");
            statement.execute("checkpoint");
            try (ResultSet rs = statement.executeQuery("select count(*) from hotline.ticket")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String array(List<String> values) {
        return "array[" + String.join(",", values.stream().map(v -> "'" + v.replace("'", "''") + "'").toList()) + "]";
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
