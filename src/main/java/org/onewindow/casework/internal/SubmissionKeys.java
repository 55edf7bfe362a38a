package org.onewindow.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Idempotency-Keys of one-call submissions, per applicant, each with a fingerprint of its
 * request and the draft it submitted.
 */
@Component
class SubmissionKeys {

    /** A key as stored: the request it was first used with, and the draft that request submitted. */
    record Claimed(String requestSha256, UUID draftId) {}

    private final JdbcClient jdbc;

    SubmissionKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this request and the draft it is about to start; empty if it is now ours,
     * else the earlier claim. A concurrent claim of the same key waits here until the other
     * transaction ends, then sees its outcome.
     */
    Optional<Claimed> claim(UUID applicantId, String key, String requestSha256, UUID draftId, Instant now) {
        int inserted = jdbc.sql("""
                        insert into casework.submission_key (applicant_id, idempotency_key, request_sha256, draft_id,
                            created_at)
                        values (:applicant, :key, :sha, :draft, :now)
                        on conflict do nothing""")
                .param("applicant", applicantId)
                .param("key", key)
                .param("sha", requestSha256)
                .param("draft", draftId)
                .param("now", Timestamp.from(now))
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        select request_sha256, draft_id from casework.submission_key
                        where applicant_id = :applicant and idempotency_key = :key""")
                .param("applicant", applicantId)
                .param("key", key)
                .query((rs, row) -> new Claimed(rs.getString("request_sha256"), rs.getObject("draft_id", UUID.class)))
                .single());
    }
}
