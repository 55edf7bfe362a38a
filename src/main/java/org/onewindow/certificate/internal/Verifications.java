package org.onewindow.certificate.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The record of verifications ({@code certificate.verification}), which the holder may read. */
@Component
class Verifications {

    /** One verification of one of the holder's certificates. */
    record Entry(long id, UUID certificateId, String number, String typeName, Channel channel, Verdict result,
            Instant at, String usedFor) {}

    private final JdbcClient jdbc;

    Verifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID certificateId, Channel channel, Verdict result, Instant at) {
        record(certificateId, channel, result, at, null);
    }

    /** A verification with what it served; {@code usedFor} is given for (and only for) {@link Channel#APPLICATION}. */
    void record(UUID certificateId, Channel channel, Verdict result, Instant at, String usedFor) {
        jdbc.sql("""
                insert into certificate.verification (certificate_id, channel, result, verified_at, used_for)
                values (:certificate, :channel, :result, :at, :usedFor)""")
                .param("certificate", certificateId)
                .param("channel", channel.name())
                .param("result", result.name())
                .param("at", Timestamp.from(at))
                .param("usedFor", usedFor)
                .update();
    }

    /** The verifications of the holders' certificates, newest first, before the keyset id if given. */
    List<Entry> ofHolders(Collection<String> holderIndexes, Long beforeId, int limit) {
        if (holderIndexes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select v.id, v.certificate_id, c.number, c.type_name, v.channel, v.result, v.verified_at, v.used_for
                from certificate.verification v join certificate.certificate c on c.id = v.certificate_id
                where c.holder_index in (:indexes) and (cast(:before as bigint) is null or v.id < cast(:before as bigint))
                order by v.id desc limit :limit""")
                .param("indexes", holderIndexes)
                .param("before", beforeId)
                .param("limit", limit)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getObject("certificate_id", UUID.class),
                        rs.getString("number"), rs.getString("type_name"), Channel.valueOf(rs.getString("channel")),
                        Verdict.valueOf(rs.getString("result")), rs.getTimestamp("verified_at").toInstant(),
                        rs.getString("used_for")))
                .list();
    }
}
