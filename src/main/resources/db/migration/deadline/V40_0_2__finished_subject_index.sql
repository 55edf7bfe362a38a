-- A subject's finished limits get an index of their own, and the running and paused ones keep theirs
-- (time_limit_active_subject_due): the index over all of a subject's limits goes. A limit that starts
-- is then written into one index less; one that finishes moves into this index, as it was written
-- into the old one by the same update. Looking up a subject's limits (its active one, else its
-- latest) reads both indexes at once (a bitmap OR: TimeLimits.findCurrent names both states).
CREATE INDEX time_limit_finished_subject ON deadline.time_limit (subject_type, subject_key, started_at DESC)
    WHERE state NOT IN ('RUNNING', 'PAUSED');
DROP INDEX deadline.time_limit_subject;
