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

    /** A definition as stored: its JSON and that JSON's hash. */
    private record Stored(String body, String hash) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<String, Definition> byHash = new ConcurrentHashMap<>();
    private final Map<Definition, Stored> serialised = new ConcurrentHashMap<>();

    Definitions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores the definition if it is new; returns its content hash. The insert runs in every
     * starting transaction (it is one cheap statement): remembering "already stored" in memory
     * would be wrong while the first storing transaction has not committed, or rolls back. Only
     * the JSON and its hash are remembered (a definition is a value), and the database parses the
     * JSON only when the hash is not stored yet.
     */
    String store(Definition definition, Instant now) {
        Stored stored = serialised.computeIfAbsent(definition, d -> {
            String body = json.writeValueAsString(d);
            return new Stored(body, sha256(body));
        });
        jdbc.sql("""
                insert into workflow.definition (hash, name, body, created_at)
                select :hash, :name, cast(:body as jsonb), :at
                where not exists (select 1 from workflow.definition where hash = :hash)
                on conflict (hash) do nothing""")
                .param("hash", stored.hash())
                .param("name", definition.name())
                .param("body", stored.body())
                .param("at", Timestamp.from(now))
                .update();
        byHash.putIfAbsent(stored.hash(), definition);
        return stored.hash();
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
