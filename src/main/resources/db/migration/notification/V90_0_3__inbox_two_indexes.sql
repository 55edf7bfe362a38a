-- A citizen's inbox is read newest first and marked read by citizen; a message is never looked up by
-- its id alone. Its primary key was the id alone, beside (citizen_id, id DESC) for the reads and the
-- unique (citizen_id, ref) that makes a redelivered event harmless: three index entries per message.
-- The primary key is now (citizen_id, id), read backwards for newest first, so a message writes two.
ALTER TABLE notification.inbox
    DROP CONSTRAINT inbox_pkey,
    ADD CONSTRAINT inbox_pkey PRIMARY KEY (citizen_id, id);
DROP INDEX notification.inbox_citizen;
