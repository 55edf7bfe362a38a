-- Registry: the population registry, the legal-entity registry and the log of every read.
-- Identity numbers, mobiles and addresses are encrypted (*_enc) and found by keyed blind
-- index (*_bidx, contexts "id_number" and "mobile", shared with other modules' tables).
CREATE SCHEMA IF NOT EXISTS registry;

CREATE TABLE registry.person (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             text     NOT NULL,
    id_number_enc    text     NOT NULL,
    id_number_bidx   text     NOT NULL UNIQUE,
    gender           text     NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date       date     NOT NULL,
    mobile_enc       text,
    mobile_bidx      text,
    address_enc      text     NOT NULL,
    division_code    char(6)  NOT NULL,
    household_number text     NOT NULL,
    relation_to_head text     NOT NULL
);
CREATE INDEX person_mobile ON registry.person (mobile_bidx);
CREATE INDEX person_household ON registry.person (household_number);

-- Credit codes and names are public; the legal representative's identity number and the
-- address are personal data and encrypted like the population's.
CREATE TABLE registry.legal_entity (
    credit_code        char(18) PRIMARY KEY,
    name               text     NOT NULL,
    type               text     NOT NULL,
    legal_rep_id_enc   text     NOT NULL,
    legal_rep_id_bidx  text     NOT NULL,
    legal_rep_name     text     NOT NULL,
    address_enc        text     NOT NULL,
    division_code      char(6)  NOT NULL,
    registered_capital numeric(20, 2),
    established_on     date     NOT NULL,
    status             text     NOT NULL
);
CREATE INDEX legal_entity_legal_rep ON registry.legal_entity (legal_rep_id_bidx);

-- One row per read, found or not. subject_bidx is the person whose data was (or would have
-- been) disclosed; a legal entity looked up by an unknown credit code has no such person.
CREATE TABLE registry.access_log (
    id           bigserial PRIMARY KEY,
    read_at      timestamptz NOT NULL,
    registry     text        NOT NULL CHECK (registry IN ('POPULATION', 'LEGAL_ENTITY')),
    subject_bidx text,
    credit_code  char(18),
    found        boolean     NOT NULL,
    reader_type  text        NOT NULL,
    reader_id    text        NOT NULL,
    reader_name  text        NOT NULL,
    reader_ip    text,
    purpose      text        NOT NULL,
    CHECK (subject_bidx IS NOT NULL OR credit_code IS NOT NULL)
);
CREATE INDEX access_log_subject ON registry.access_log (subject_bidx, id DESC);
