package org.onewindow.platform.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

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
            SqlParameterSource own = write.parameters();
            List<String> names = java.util.Arrays.stream(own.getParameterNames())
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
            Set<String> parts = new HashSet<>();
            for (DeferredWrite.Part part : write.parts()) {
                String sql = part.sql();
                for (String name : names) {
                    sql = sql.replaceAll("(?<![:\\w]):" + Pattern.quote(name) + "(?!\\w)",
                            Matcher.quoteReplacement(":" + prefix + name));
                }
                Matcher placeholders = PLACEHOLDER.matcher(sql);
                StringBuilder renamed = new StringBuilder();
                while (placeholders.find()) {
                    if (!parts.contains(placeholders.group(1))) {
                        throw new IllegalArgumentException("A part refers to no earlier part: " + placeholders.group());
                    }
                    placeholders.appendReplacement(renamed, Matcher.quoteReplacement(prefix + placeholders.group(1)));
                }
                placeholders.appendTail(renamed);
                expressions.add(prefix + part.name() + " as (" + renamed + ")");
                parts.add(part.name());
            }
            for (String name : names) {
                parameters.addValue(prefix + name, own.getValue(name), own.getSqlType(name));
            }
        }
        return new Carried(List.copyOf(expressions), parameters);
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
