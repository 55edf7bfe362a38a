package org.onewindow.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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

    /** A message for a citizen's inbox, kept once under its reference. */
    record Letter(UUID citizenId, String ref, String title, String body, String link) {

        record Key(UUID citizenId, String ref) {}

        Key key() {
            return new Key(citizenId, ref);
        }
    }

    /**
     * Adds the letters, in one statement, except those whose reference the citizen already has (and
     * the second of two with the same reference); returns those it added, in their order.
     */
    List<Letter> deliver(List<Letter> letters) {
        if (letters.isEmpty()) {
            return List.of();
        }
        Set<Letter.Key> added = new HashSet<>();
        jdbc.sql("""
                        insert into notification.inbox (citizen_id, ref, title, body, link, created_at)
                        select m.citizen, m.ref, m.title, m.body, m.link, cast(:at as timestamptz)
                        from unnest(cast(:citizens as uuid[]), cast(:refs as text[]), cast(:titles as text[]),
                                    cast(:bodies as text[]), cast(:links as text[])) as m (citizen, ref, title, body, link)
                        on conflict (citizen_id, ref) do nothing
                        returning citizen_id, ref""")
                .param("citizens", column(letters, letter -> letter.citizenId().toString()))
                .param("refs", column(letters, Letter::ref))
                .param("titles", column(letters, Letter::title))
                .param("bodies", column(letters, Letter::body))
                .param("links", column(letters, Letter::link))
                .param("at", Timestamp.from(clock.instant()))
                .query(rs -> {
                    added.add(new Letter.Key(rs.getObject("citizen_id", UUID.class), rs.getString("ref")));
                });
        return letters.stream().filter(letter -> added.remove(letter.key())).toList();
    }

    private static String[] column(List<Letter> letters, Function<Letter, String> value) {
        return letters.stream().map(value).toArray(String[]::new);
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
