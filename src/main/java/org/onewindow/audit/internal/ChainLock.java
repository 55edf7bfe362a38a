package org.onewindow.audit.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transaction-scoped PostgreSQL advisory lock under which the chain is extended or anchored,
 * so that two nodes never chain at the same time; released when the transaction ends.
 */
final class ChainLock {

    /** "onewaudt" as a number; any constant works as long as every node uses the same. */
    static final long KEY = 0x6f6e6577_61756474L;

    private ChainLock() {}

    /** Waits for the lock. */
    static void acquire(JdbcClient jdbc) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(:key)").param("key", KEY).query().singleValue();
    }

    /** Takes the lock if it is free and tells whether it did. */
    static boolean tryAcquire(JdbcClient jdbc) {
        return jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                .param("key", KEY)
                .query(Boolean.class)
                .single();
    }
}
