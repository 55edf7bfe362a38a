package org.onewindow.identity;

import java.time.Duration;

/**
 * Sliding-window limits kept in the database, so that every node counts the same hits; a hit is
 * counted in its own transaction, so a refused or failed attempt still counts.
 */
public interface RateLimits {

    /** Counts one hit on the bucket; false when {@code max} hits already fell within the window. */
    boolean tryAcquire(String bucket, int max, Duration window);
}
