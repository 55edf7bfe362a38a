-- Timeline lines written from events carry the event's reference, so a redelivered event adds nothing.
ALTER TABLE casework.timeline ADD COLUMN event_ref text;
CREATE UNIQUE INDEX timeline_event_ref ON casework.timeline (application_id, event_ref) WHERE event_ref IS NOT NULL;
