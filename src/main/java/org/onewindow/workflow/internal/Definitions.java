package org.onewindow.workflow.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** Compiled definitions stored once by their content hash, and read back by it (cached: they never change). */
@Component
class Definitions {

    /** A definition as stored: its JSON and that JSON's hash. */
    private record Stored(String body, String hash) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<String, Definition> byHash = new ConcurrentHashMap<>();
    /** Each compiled definition's JSON and content hash (a definition is a value: equal content, equal hash). */
    private final Map<Definition, Stored> serialised = new ConcurrentHashMap<>();
    /** Hashes whose row a committed transaction has seen in the table. */
    private final Set<String> committed = ConcurrentHashMap.newKeySet();

    Definitions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores the definition if it is new; returns its content hash. A hash is remembered as stored
     * only once a transaction that inserted (or found) it has committed: until then every starting
     * transaction runs the idempotent insert itself, so that a first transaction that has not
     * committed yet, or rolls back, never leaves another process pointing at a missing row. The
     * JSON is serialised once per definition, and the database parses it only when the hash is new.
     */
    String store(Definition definition, Instant now) {
        Stored stored = serialised.computeIfAbsent(definition, d -> {
            String body = json.writeValueAsString(d);
            return new Stored(body, sha256(body));
        });
        if (committed.contains(stored.hash())) {
            return stored.hash();
        }
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
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.add(stored.hash());
                }
            });
        }
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
