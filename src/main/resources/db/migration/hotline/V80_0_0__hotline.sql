-- Hotline: 12345 tickets, their history, and the Open311 API keys.
CREATE SCHEMA IF NOT EXISTS hotline;

CREATE SEQUENCE hotline.ticket_sequence;

-- One ticket. The reporter's name and mobile are encrypted (PersonalDataProtection) with a blind
-- index on the mobile; the place of the problem is kept in clear, since GeoReport publishes it.
CREATE TABLE hotline.ticket (
    id                 uuid PRIMARY KEY,
    number             text NOT NULL UNIQUE,
    channel            text NOT NULL,
    service_code       text NOT NULL,
    description        text NOT NULL,
    address            text,
    district_code      char(6) NOT NULL,
    lat                double precision,
    lng                double precision,
    attributes         text,
    reporter_id        uuid,
    contact_name_enc   text,
    contact_mobile_enc text,
    contact_mobile_bidx text,
    confidential       boolean NOT NULL DEFAULT false,
    emergency_service  text,
    state              text NOT NULL,
    department_id      uuid,
    main_ticket_id     uuid REFERENCES hotline.ticket (id),
    reply              text,
    satisfaction       smallint,
    solved             boolean,
    overdue            boolean NOT NULL DEFAULT false,
    api_key_id         uuid,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    closed_at          timestamptz,
    version            int NOT NULL DEFAULT 0
);
CREATE INDEX ticket_created ON hotline.ticket (created_at DESC, id DESC);
CREATE INDEX ticket_state_district ON hotline.ticket (state, district_code, created_at);
CREATE INDEX ticket_department ON hotline.ticket (department_id, state, created_at);
CREATE INDEX ticket_reporter ON hotline.ticket (reporter_id, created_at DESC) WHERE reporter_id IS NOT NULL;
CREATE INDEX ticket_service_created ON hotline.ticket (service_code, created_at DESC);
CREATE INDEX ticket_main ON hotline.ticket (main_ticket_id) WHERE main_ticket_id IS NOT NULL;
CREATE INDEX ticket_overdue ON hotline.ticket (overdue) WHERE overdue;

-- The timeline: every step, who took it, and a note; public rows are shown to the reporter.
CREATE TABLE hotline.ticket_event (
    id            bigserial PRIMARY KEY,
    ticket_id     uuid NOT NULL REFERENCES hotline.ticket (id),
    at            timestamptz NOT NULL,
    action        text NOT NULL,
    state         text NOT NULL,
    actor_name    text NOT NULL,
    department_id uuid,
    note          text,
    public        boolean NOT NULL
);
CREATE INDEX ticket_event_ticket ON hotline.ticket_event (ticket_id, id);

-- Keys of third-party Open311 clients: only a SHA-256 hash of the key is kept.
CREATE TABLE hotline.api_key (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    prefix      text NOT NULL,
    key_hash    text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    created_by  uuid NOT NULL,
    revoked_at  timestamptz,
    revoked_by  uuid
);
