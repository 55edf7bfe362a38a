package org.onewindow.hotline.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open311 API keys: issued in the office and shown once, kept only as a SHA-256 hash (the keys
 * are 256 random bits, so a fast hash is enough), revoked for good.
 */
@Service
class ApiKeys {

    private static final String PREFIX = "ow311_";

    /** A key as the office lists it; never the key itself. */
    record ApiKey(UUID id, String name, String prefix, Instant createdAt, Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }

        /** When it was issued, as pages show it. */
        public String created() {
            return TicketViews.TIME.format(createdAt);
        }
    }

    /** A key just issued: the only moment its value is known. */
    record Issued(ApiKey key, String value) {}

    /** What a presented key turned out to be. */
    sealed interface Check {
        record Valid(ApiKey key) implements Check {}

        record Revoked() implements Check {}

        record Unknown() implements Check {}
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Issued issue(String name, Acting who) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey(UUID.randomUUID(), name.strip(), value.substring(0, PREFIX.length() + 6),
                clock.instant(), null);
        jdbc.sql("""
                insert into hotline.api_key (id, name, prefix, key_hash, created_at, created_by)
                values (:id, :name, :prefix, :hash, :at, :by)""")
                .param("id", key.id())
                .param("name", key.name())
                .param("prefix", key.prefix())
                .param("hash", hash(value))
                .param("at", Timestamp.from(key.createdAt()))
                .param("by", UUID.fromString(who.actor().id()))
                .update();
        audit.record(AuditRecord.of(AuditEvent.API_KEY_ISSUED, who.actor(), AuditResult.SUCCESS)
                .withIp(who.ip()).withObject("api_key", key.id().toString()).withDetail(key.prefix()));
        return new Issued(key, value);
    }

    @Transactional
    boolean revoke(UUID id, Acting who) {
        int rows = jdbc.sql("""
                update hotline.api_key set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null""")
                .param("at", Timestamp.from(clock.instant()))
                .param("by", UUID.fromString(who.actor().id()))
                .param("id", id)
                .update();
        audit.record(AuditRecord.of(AuditEvent.API_KEY_REVOKED, who.actor(), rows == 1 ? AuditResult.SUCCESS
                : AuditResult.FAILURE).withIp(who.ip()).withObject("api_key", id.toString()));
        return rows == 1;
    }

    List<ApiKey> all() {
        return jdbc.sql("select id, name, prefix, created_at, revoked_at from hotline.api_key order by created_at desc")
                .query((rs, row) -> key(rs)).list();
    }

    Check check(String value) {
        if (value == null || value.isBlank()) {
            return new Check.Unknown();
        }
        Optional<ApiKey> key = jdbc.sql("select id, name, prefix, created_at, revoked_at from hotline.api_key"
                        + " where key_hash = :hash")
                .param("hash", hash(value.strip()))
                .query((rs, row) -> key(rs)).optional();
        if (key.isEmpty()) {
            return new Check.Unknown();
        }
        return key.get().revoked() ? new Check.Revoked() : new Check.Valid(key.get());
    }

    private static ApiKey key(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiKey(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
                rs.getTimestamp("created_at").toInstant(), revoked == null ? null : revoked.toInstant());
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
