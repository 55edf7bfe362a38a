-- Identity: regions, departments, staff, citizens, businesses, one-time codes, rate limits, sessions.
CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.region (
    code        char(6) PRIMARY KEY,
    name        text    NOT NULL,
    name_en     text    NOT NULL,
    parent_code char(6) REFERENCES identity.region (code),
    level       smallint NOT NULL
);

CREATE TABLE identity.department (
    id          uuid PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name        text NOT NULL,
    name_en     text NOT NULL,
    short_name  text NOT NULL,
    credit_code char(18) NOT NULL UNIQUE,
    region_code char(6) NOT NULL REFERENCES identity.region (code),
    function    text NOT NULL
);
CREATE INDEX department_function_region ON identity.department (function, region_code);

CREATE TABLE identity.staff (
    id                uuid PRIMARY KEY,
    username          text NOT NULL UNIQUE,
    display_name      text NOT NULL,
    department_id     uuid NOT NULL REFERENCES identity.department (id),
    scope_region_code char(6) NOT NULL REFERENCES identity.region (code),
    password_hash     text NOT NULL,
    totp_secret_enc   text,
    totp_enrolled_at  timestamptz,
    totp_last_step    bigint NOT NULL DEFAULT 0,
    failed_attempts   int NOT NULL DEFAULT 0,
    locked_until      timestamptz,
    enabled           boolean NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL,
    version           int NOT NULL DEFAULT 0
);

CREATE TABLE identity.staff_role (
    staff_id uuid NOT NULL REFERENCES identity.staff (id),
    role     text NOT NULL,
    PRIMARY KEY (staff_id, role)
);

CREATE TABLE identity.citizen (
    id              uuid PRIMARY KEY,
    name            text NOT NULL,
    id_number_enc   text NOT NULL,
    id_number_bidx  text NOT NULL UNIQUE,
    mobile_enc      text NOT NULL,
    mobile_bidx     text NOT NULL,
    password_hash   text NOT NULL,
    failed_attempts int NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL,
    last_login_at   timestamptz
);
CREATE INDEX citizen_mobile ON identity.citizen (mobile_bidx);

CREATE TABLE identity.business (
    id                   uuid PRIMARY KEY,
    credit_code          char(18) NOT NULL UNIQUE,
    name                 text NOT NULL,
    legal_rep_citizen_id uuid NOT NULL REFERENCES identity.citizen (id),
    opened_at            timestamptz NOT NULL
);

CREATE TABLE identity.business_agent (
    business_id uuid NOT NULL REFERENCES identity.business (id),
    citizen_id  uuid NOT NULL REFERENCES identity.citizen (id),
    granted_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    PRIMARY KEY (business_id, citizen_id)
);

CREATE TABLE identity.one_time_code (
    id          uuid PRIMARY KEY,
    purpose     text NOT NULL,
    mobile_bidx text NOT NULL,
    code_hash   text NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    attempts    int NOT NULL DEFAULT 0,
    consumed_at timestamptz
);
CREATE INDEX one_time_code_lookup ON identity.one_time_code (mobile_bidx, purpose, created_at DESC);

CREATE TABLE identity.rate_limit_hit (
    bucket text NOT NULL,
    hit_at timestamptz NOT NULL
);
CREATE INDEX rate_limit_hit_bucket ON identity.rate_limit_hit (bucket, hit_at);

CREATE TABLE identity.spring_session (
    primary_id            char(36) NOT NULL,
    session_id            char(36) NOT NULL,
    creation_time         bigint NOT NULL,
    last_access_time      bigint NOT NULL,
    max_inactive_interval int NOT NULL,
    expiry_time           bigint NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON identity.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON identity.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON identity.spring_session (principal_name);

CREATE TABLE identity.spring_session_attributes (
    session_primary_id char(36) NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES identity.spring_session (primary_id) ON DELETE CASCADE
);
