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

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<String, Definition> byHash = new ConcurrentHashMap<>();
    /** Content hashes of compiled definitions (a definition is a value: equal content, equal hash). */
    private final Map<Definition, String> hashes = new ConcurrentHashMap<>();
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
     * committed yet, or rolls back, never leaves another process pointing at a missing row.
     */
    String store(Definition definition, Instant now) {
        String hash = hashes.computeIfAbsent(definition, d -> sha256(json.writeValueAsString(d)));
        if (committed.contains(hash)) {
            return hash;
        }
        jdbc.sql("""
                insert into workflow.definition (hash, name, body, created_at) values (:hash, :name, cast(:body as jsonb), :at)
                on conflict (hash) do nothing""")
                .param("hash", hash)
                .param("name", definition.name())
                .param("body", json.writeValueAsString(definition))
                .param("at", Timestamp.from(now))
                .update();
        byHash.putIfAbsent(hash, definition);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.add(hash);
                }
            });
        }
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
