package org.onewindow.casework.internal;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets at most {@code onewindow.casework.concurrent-submissions} one-call submissions work at once;
 * the others wait their turn, in order, holding no database connection.
 *
 * <p>Each submission holds a pooled connection for its whole transaction. Without a gate, a burst
 * of submissions larger than the machine can serve queues on the pool instead: after 30 s they
 * fail with 500, and the event listeners and page requests that need a connection meanwhile fail
 * with them (seen in the submission benchmark at twice the sustainable rate). Keep the number
 * below the pool size ({@code onewindow.db.pool-size}, 20) so the rest stays served.
 */
@Component
class SubmissionGate {

    private final Semaphore permits;

    SubmissionGate(@Value("${onewindow.casework.concurrent-submissions:12}") int permits) {
        this.permits = new Semaphore(permits, true);
    }

    <T> T through(Supplier<T> submission) {
        permits.acquireUninterruptibly();
        try {
            return submission.get();
        } finally {
            permits.release();
        }
    }
}
