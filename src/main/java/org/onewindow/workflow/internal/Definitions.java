package org.onewindow.workflow.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Compiled definitions stored once by their content hash, and read back by it (cached: they never change). */
@Component
class Definitions {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<String, Definition> byHash = new ConcurrentHashMap<>();

    Definitions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores the definition if it is new; returns its content hash. The insert runs in every
     * starting transaction (it is one cheap statement): remembering "already stored" in memory
     * would be wrong while the first storing transaction has not committed, or rolls back.
     */
    String store(Definition definition, Instant now) {
        String body = json.writeValueAsString(definition);
        String hash = sha256(body);
        jdbc.sql("""
                insert into workflow.definition (hash, name, body, created_at) values (:hash, :name, cast(:body as jsonb), :at)
                on conflict (hash) do nothing""")
                .param("hash", hash)
                .param("name", definition.name())
                .param("body", body)
                .param("at", Timestamp.from(now))
                .update();
        byHash.putIfAbsent(hash, definition);
        return hash;
    }

    Definition byHash(String hash) {
        return byHash.computeIfAbsent(hash, h -> json.readValue(
                jdbc.sql("select body::text from workflow.definition where hash = :hash").param("hash", h)
                        .query(String.class).single(),
                Definition.class));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
