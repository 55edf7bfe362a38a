package org.onewindow.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.support.CompletionMode;
import org.springframework.stereotype.Component;

/**
 * Deletes, once at start-up, the event publications completed before completed ones were deleted.
 *
 * <p>Until completion mode {@code delete} ({@code application.yml}) a completed publication was
 * kept, marked {@code COMPLETED} with its completion date, and nothing ever removed it: a database
 * from then holds every event it ever delivered. Incomplete and failed publications have no
 * completion date and stay. The rows go a batch at a time, so that a large table is not locked in
 * one long statement. Nothing is done in the other completion modes.
 */
@Component
class CompletedPublicationsPurge {

    private static final Logger log = LoggerFactory.getLogger(CompletedPublicationsPurge.class);
    static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final boolean deleting;

    CompletedPublicationsPurge(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.deleting = CompletionMode.from(environment) == CompletionMode.DELETE;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (deleting) {
            long purged = purge();
            if (purged > 0) {
                log.info("Deleted {} event publications completed before completed ones were deleted", purged);
            }
        }
    }

    /** Deletes the completed publications; returns how many. */
    long purge() {
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("""
                    delete from event_publication where id in (
                        select id from event_publication where completion_date is not null limit :batch)""")
                    .param("batch", BATCH)
                    .update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
