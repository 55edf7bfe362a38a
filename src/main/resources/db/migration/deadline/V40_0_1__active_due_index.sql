-- The unique index on active subjects also carries the due time, so that the due times of many
-- subjects' active limits (the hotline's Open311 answer: up to 1,000 tickets) come from an
-- index-only scan. It replaces the index of V40_0_0 (same key, same predicate): one index to
-- maintain, and still the arbiter of "insert … on conflict do nothing" when a limit starts.
CREATE UNIQUE INDEX time_limit_active_subject_due ON deadline.time_limit (subject_type, subject_key)
    INCLUDE (due_at) WHERE state IN ('RUNNING', 'PAUSED');
DROP INDEX deadline.time_limit_active_subject;
