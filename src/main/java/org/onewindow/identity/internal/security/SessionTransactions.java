package org.onewindow.identity.internal.security;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of the session store: each write in a transaction of its own, as Spring
 * Session does by default ({@code REQUIRES_NEW}), but a session's lookup by id, which is one
 * {@code SELECT} (the session joined with its attributes, consistent by itself), without one: a
 * {@code BEGIN} and a {@code COMMIT} fewer per request. Only {@link #reading} lookups go without.
 */
final class SessionTransactions implements TransactionOperations {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final TransactionTemplate writes;

    SessionTransactions(PlatformTransactionManager transactions) {
        this.writes = new TransactionTemplate(transactions);
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs a lookup whose only statement needs no transaction. */
    static <T> T reading(Supplier<T> lookup) {
        Boolean outer = READING.get();
        READING.set(Boolean.TRUE);
        try {
            return lookup.get();
        } finally {
            if (outer == null) {
                READING.remove();
            } else {
                READING.set(outer);
            }
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        if (Boolean.TRUE.equals(READING.get())) {
            READING.remove();
            return action.doInTransaction(new SimpleTransactionStatus(false));
        }
        return writes.execute(action);
    }
}
