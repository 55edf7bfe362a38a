package org.onewindow.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * One write-only statement handed to {@link DeferredWrites} instead of being executed: ordered
 * parts, each one data-modifying statement ({@code insert}, {@code update} or {@code delete})
 * that becomes a common table expression of the statement that finally makes it, and named
 * parameters ({@code :name}).
 *
 * <p>A part may read what an earlier part of the same write returns ({@code returning}) through
 * {@code {name}}, that part's name in braces: {@code insert into audit.pending (entry_id) select id
 * from {entry}}. Part and parameter names are local to the write: several writes are combined into
 * one statement, each with its names made unique: every {@code :name} in a part is taken for one
 * of the write's parameters (so none may stand in a string literal; casts {@code ::type} are fine),
 * and a part's SQL should be a constant (its renaming is cached by its text).
 *
 * <p>The key names the rows the write changes (say {@code "casework.application:" + id}): no two
 * pending writes of a transaction share one, because a statement cannot see its own changes nor
 * change a row twice.
 */
public final class DeferredWrite {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** One part: its name (how later parts of the write refer to its result) and its statement. */
    public record Part(String name, String sql) {}

    private final String key;
    private final List<Part> parts = new ArrayList<>();
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    private DeferredWrite(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** A write to the rows the key names. */
    public static DeferredWrite keyed(String key) {
        return new DeferredWrite(key);
    }

    /**
     * Adds a part, after those added before: one data-modifying statement, named (lower case
     * letters, digits and underscores) so that later parts can read it as {@code {name}}.
     */
    public DeferredWrite part(String name, String sql) {
        if (!NAME.matcher(name).matches() || parts.stream().anyMatch(p -> p.name().equals(name))) {
            throw new IllegalArgumentException("A part's name must be new and lower case: " + name);
        }
        parts.add(new Part(name, sql.strip()));
        return this;
    }

    /** Sets a parameter ({@code :name} in the parts). */
    public DeferredWrite param(String name, Object value) {
        parameters.addValue(name, value);
        return this;
    }

    /** Sets a parameter of an SQL type ({@link java.sql.Types}), for a null whose type the driver cannot tell. */
    public DeferredWrite param(String name, Object value, int sqlType) {
        parameters.addValue(name, value, sqlType);
        return this;
    }

    public String key() {
        return key;
    }

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    public SqlParameterSource parameters() {
        return parameters;
    }
}
