-- A department's request for more time to reply (延期), decided by the centre. At most one is
-- pending per ticket; the reply limit is extended through the deadline module when approved.
CREATE TABLE hotline.extension_request (
    id             uuid PRIMARY KEY,
    ticket_id      uuid NOT NULL REFERENCES hotline.ticket (id),
    department_id  uuid NOT NULL,
    units          int NOT NULL CHECK (units > 0),
    unit           text NOT NULL,
    reason         text NOT NULL,
    requested_at   timestamptz NOT NULL,
    requested_by   text NOT NULL,
    decision       text,
    decided_at     timestamptz,
    decided_by     text,
    decision_note  text
);
CREATE UNIQUE INDEX extension_request_pending ON hotline.extension_request (ticket_id) WHERE decision IS NULL;
CREATE INDEX extension_request_open ON hotline.extension_request (requested_at) WHERE decision IS NULL;

-- Each sign-for and reply, and whether it was within its limit (the deadline module's verdict at
-- completion): the on-time rates of the dashboard count these rows, one per round.
CREATE TABLE hotline.ticket_timing (
    id            bigserial PRIMARY KEY,
    ticket_id     uuid NOT NULL REFERENCES hotline.ticket (id),
    step          text NOT NULL,
    department_id uuid,
    at            timestamptz NOT NULL,
    on_time       boolean NOT NULL
);
CREATE INDEX ticket_timing_ticket ON hotline.ticket_timing (ticket_id, step);
