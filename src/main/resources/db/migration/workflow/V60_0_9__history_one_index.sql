-- A process's history is only ever read whole, in the order written (by process_id, then id), and
-- written a line at a time, eight lines per case. Its primary key was the line's id alone, beside an
-- index on (process_id, id) for the reads: two index entries per line. The primary key is now
-- (process_id, id), unique as id alone was and serving the reads, so a line writes one entry.
ALTER TABLE workflow.history
    DROP CONSTRAINT history_pkey,
    ADD CONSTRAINT history_pkey PRIMARY KEY (process_id, id);
DROP INDEX workflow.history_process;
