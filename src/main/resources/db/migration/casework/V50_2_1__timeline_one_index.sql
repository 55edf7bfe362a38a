-- One index on the timeline instead of two. A case's lines are read together (a handful, put in
-- order of their ids after the index finds them), and an event adds its line to a case once:
-- (application_id, event_ref) serves both. Lines without an event's reference stay distinct (nulls
-- are never equal), as before. One index entry less for every line written.
CREATE UNIQUE INDEX timeline_application_event ON casework.timeline (application_id, event_ref);
DROP INDEX casework.timeline_event_ref;
DROP INDEX casework.timeline_application;
