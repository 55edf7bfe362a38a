-- The in-app inbox: one row per message to a citizen; (citizen, ref) makes redelivered events harmless.
CREATE TABLE notification.inbox (
    id         bigserial PRIMARY KEY,
    citizen_id uuid NOT NULL,
    ref        text NOT NULL,
    title      text NOT NULL,
    body       text NOT NULL,
    link       text,
    created_at timestamptz NOT NULL,
    read_at    timestamptz,
    UNIQUE (citizen_id, ref)
);
CREATE INDEX inbox_citizen ON notification.inbox (citizen_id, id DESC);
