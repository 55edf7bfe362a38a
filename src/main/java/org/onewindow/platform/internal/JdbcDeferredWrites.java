package org.onewindow.platform.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.platform.DeferredWrite;
import org.onewindow.platform.DeferredWrites;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The writes pending in a transaction live in a synchronization bound to it (and unbound while a
 * {@code REQUIRES_NEW} transaction suspends it); its {@code beforeCommit} makes what is left.
 */
@Component
class JdbcDeferredWrites implements DeferredWrites {

    /** A parameter ({@code :name}, not a cast's {@code ::type}) or a reference to an earlier part ({@code {name}}). */
    private static final Pattern NAMES =
            Pattern.compile("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*)|\\{([a-z][a-z0-9_]*)}");
    private static final int RENAMED_LIMIT = 4_096;
    private static final Map<String, String> RENAMED = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;

    JdbcDeferredWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(DeferredWrite write) {
        Pending pending = pending(true);
        if (pending == null) {
            execute(List.of(write));
            return;
        }
        if (!pending.keys.add(write.key())) {
            pending.flush();
            pending.keys.add(write.key());
        }
        pending.writes.add(write);
    }

    @Override
    public void flush() {
        Pending pending = pending(false);
        if (pending != null) {
            pending.flush();
        }
    }

    @Override
    public Carried carry() {
        Pending pending = pending(false);
        if (pending == null || pending.writes.isEmpty()) {
            return new Carried(List.of(), new MapSqlParameterSource());
        }
        return combine(pending.take());
    }

    /** The transaction's pending writes, bound to it if {@code create}; null if writes must be made at once. */
    private Pending pending(boolean create) {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending != null) {
            return pending.closed ? null : pending;
        }
        if (!create || !TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        pending = new Pending();
        TransactionSynchronizationManager.bindResource(this, pending);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private void execute(List<DeferredWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        Carried combined = combine(writes);
        jdbc.sql("with " + String.join(",\n", combined.expressions()) + "\nselect 1")
                .paramSource(combined.parameters())
                .query((rs, n) -> 1)
                .list();
    }

    /** The writes' parts as common table expressions, names and parameters prefixed {@code dw<i>_}. */
    static Carried combine(List<DeferredWrite> writes) {
        List<String> expressions = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        for (int i = 0; i < writes.size(); i++) {
            DeferredWrite write = writes.get(i);
            String prefix = "dw" + i + "_";
            List<DeferredWrite.Part> parts = write.parts();
            for (int p = 0; p < parts.size(); p++) {
                DeferredWrite.Part part = parts.get(p);
                expressions.add(prefix + part.name() + " as (" + renamed(parts, p, prefix) + ")");
            }
            SqlParameterSource own = write.parameters();
            for (String name : own.getParameterNames()) {
                parameters.addValue(prefix + name, own.getValue(name), own.getSqlType(name));
            }
        }
        return new Carried(List.copyOf(expressions), parameters);
    }

    /**
     * A part's SQL with its parameters ({@code :name}) and references ({@code {name}}) prefixed;
     * the parts' SQL is the same text call after call, so renamed once per prefix.
     */
    private static String renamed(List<DeferredWrite.Part> parts, int p, String prefix) {
        String sql = parts.get(p).sql();
        String key = prefix + '\u0000' + sql;
        String cached = RENAMED.get(key);
        if (cached != null) {
            return cached;
        }
        Set<String> earlier = new HashSet<>();
        parts.subList(0, p).forEach(e -> earlier.add(e.name()));
        Matcher names = NAMES.matcher(sql);
        StringBuilder renamed = new StringBuilder();
        while (names.find()) {
            String replacement;
            if (names.group(1) != null) {
                replacement = ":" + prefix + names.group(1);
            } else if (earlier.contains(names.group(2))) {
                replacement = prefix + names.group(2);
            } else {
                throw new IllegalArgumentException("A part refers to no earlier part: " + names.group());
            }
            names.appendReplacement(renamed, Matcher.quoteReplacement(replacement));
        }
        names.appendTail(renamed);
        if (RENAMED.size() > RENAMED_LIMIT) {
            RENAMED.clear();
        }
        RENAMED.put(key, renamed.toString());
        return renamed.toString();
    }

    /** The pending writes of one transaction. */
    private final class Pending implements TransactionSynchronization {

        private final List<DeferredWrite> writes = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private boolean closed;

        List<DeferredWrite> take() {
            List<DeferredWrite> taken = List.copyOf(writes);
            writes.clear();
            keys.clear();
            return taken;
        }

        /** Also what {@code TransactionStatus.flush()} does. */
        @Override
        public void flush() {
            execute(take());
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(JdbcDeferredWrites.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(JdbcDeferredWrites.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // Writes handed over from here on (by another synchronization) are made at once.
            closed = true;
            flush();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(JdbcDeferredWrites.this);
            writes.clear();
            keys.clear();
        }
    }
}
