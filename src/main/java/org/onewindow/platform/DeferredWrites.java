package org.onewindow.platform;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Write-behind within a transaction: write-only statements are handed over instead of executed,
 * and the writes pending in a transaction are made together, in one statement
 * ({@code with <their parts> select ...}), saving a round trip to the database each.
 *
 * <p>They are made at the latest as the transaction commits (its {@code beforeCommit}); a failure
 * there (a constraint violated, say) rolls the whole transaction back and is thrown to the caller
 * of the commit, as if the write had failed where it was handed over. Earlier, a <em>carrier</em>
 * takes them into its own statement ({@link #carry}): the workflow's one statement per action
 * carries the audit entry, the case's timeline line and the event publications handed over
 * during that action. With no transaction (or a read-only one, or one already committing) a write
 * is made at once, alone.
 *
 * <p>The rule: <b>only a write that nothing later in the same transaction reads back may be
 * deferred</b>, and a row written through a deferred write is written in that transaction through
 * deferred writes only (an immediate statement would overtake it). A write whose key is already
 * pending first makes the pending ones, so that two writes of one row happen in order. A caller
 * that must read back what it handed over calls {@link #flush} first.
 */
public interface DeferredWrites {

    /** Defers the write to the transaction's next carrier or its commit; makes it at once with no transaction. */
    void add(DeferredWrite write);

    /** Makes the transaction's pending writes now, in one statement (nothing if none is pending). */
    void flush();

    /**
     * Takes the transaction's pending writes out, for a carrier to make in its own statement, which
     * it must execute (or fail the transaction): their parts, to add to its {@code with} list, and
     * their parameters. None with no transaction.
     */
    Carried carry();

    /** Pending writes taken by a carrier: common table expressions ({@code name as (...)}) and their parameters. */
    record Carried(List<String> expressions, MapSqlParameterSource parameters) {

        /** Adds the parameters to the carrier's (their names never clash with names that do not start with {@code dw}). */
        public void addTo(MapSqlParameterSource target) {
            for (String name : parameters.getParameterNames()) {
                target.addValue(name, parameters.getValue(name), parameters.getSqlType(name));
            }
        }

        public boolean isEmpty() {
            return expressions.isEmpty();
        }
    }
}
