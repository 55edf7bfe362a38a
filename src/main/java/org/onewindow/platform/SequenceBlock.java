package org.onewindow.platform;

import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Values of a database sequence, fetched a block at a time in one statement instead of one
 * {@code nextval} per value, and handed out in ascending order. Every value is still the
 * sequence's (so rows inserted with the column's default never collide with these); values not
 * handed out when the process stops are never used, like those of a rolled-back insert. For
 * sequences whose values may have gaps.
 */
public final class SequenceBlock {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");

    private final JdbcClient jdbc;
    private final String sql;
    private final int size;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Long> values;

    /**
     * @param sequence schema-qualified name, e.g. {@code audit.entry_id_seq}
     * @param size how many values one statement fetches
     */
    public SequenceBlock(JdbcClient jdbc, String sequence, int size) {
        if (!NAME.matcher(sequence).matches() || size < 1) {
            throw new IllegalArgumentException("sequence " + sequence + ", block of " + size);
        }
        this.jdbc = jdbc;
        this.sql = "select nextval('" + sequence + "') from generate_series(1, " + size + ") order by 1";
        this.size = size;
        this.values = new ArrayDeque<>(size);
    }

    /** The next value; fetches a block when none is left (in the caller's transaction, if any). */
    public long next() {
        lock.lock();
        try {
            if (values.isEmpty()) {
                values.addAll(jdbc.sql(sql).query(Long.class).list());
                if (values.size() != size) {
                    throw new IllegalStateException("Fetched " + values.size() + " values instead of " + size);
                }
            }
            return values.removeFirst();
        } finally {
            lock.unlock();
        }
    }
}
