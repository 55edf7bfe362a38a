-- Electronic certificates: the CA's published certificates, issued certificates with their
-- signed JSON form and signed PDF, verifications and the verification rate limit.
CREATE SCHEMA IF NOT EXISTS certificate;

-- Public certificates of the CA (root and one per department and algorithm). The private keys
-- live in the PKCS#12 keystore, never here; a node whose keystore disagrees refuses to sign.
CREATE TABLE certificate.ca_certificate (
    alias         text        PRIMARY KEY,
    department_id uuid,
    algorithm     text        NOT NULL,
    sha256        text        NOT NULL UNIQUE,
    pem           text        NOT NULL,
    created_at    timestamptz NOT NULL,
    CONSTRAINT ca_certificate_algorithm CHECK (algorithm IN ('SM2', 'ECDSA_P256'))
);

CREATE TABLE certificate.number_sequence (
    prefix     text    NOT NULL,
    year       integer NOT NULL,
    last_value bigint  NOT NULL,
    PRIMARY KEY (prefix, year)
);

CREATE TABLE certificate.certificate (
    id                uuid        PRIMARY KEY,
    number            text        NOT NULL UNIQUE,
    -- keyed hash (blind index) of number and verification code; the code itself is not stored
    code_hash         text        NOT NULL,
    type              text        NOT NULL,
    type_name         text        NOT NULL,
    holder_kind       text        NOT NULL,
    -- identity number or credit code, encrypted; holder_index is its blind index
    holder_identifier text        NOT NULL,
    holder_index      text        NOT NULL,
    holder_name       text        NOT NULL,
    department_id     uuid        NOT NULL,
    case_id           uuid        NOT NULL,
    valid_from        date        NOT NULL,
    valid_until       date,
    state             text        NOT NULL,
    -- the signed JSON file (JCS), encrypted: it carries the holder's identifier
    document          text        NOT NULL,
    signature         text        NOT NULL,
    algorithm         text        NOT NULL,
    signer_sha256     text        NOT NULL,
    -- the signed PDF, Base64 then encrypted
    pdf               text        NOT NULL,
    issued_at         timestamptz NOT NULL,
    revoked_at        timestamptz,
    revoked_by        uuid,
    revocation_reason text,
    supersedes        uuid REFERENCES certificate.certificate (id),
    superseded_by     uuid REFERENCES certificate.certificate (id),
    CONSTRAINT certificate_holder_kind CHECK (holder_kind IN ('PERSON', 'BUSINESS')),
    CONSTRAINT certificate_state CHECK (state IN ('ISSUED', 'REVOKED', 'SUPERSEDED')),
    CONSTRAINT certificate_revoked CHECK ((state = 'REVOKED') = (revoked_at IS NOT NULL)),
    CONSTRAINT certificate_superseded CHECK ((state = 'SUPERSEDED') = (superseded_by IS NOT NULL)),
    CONSTRAINT certificate_validity CHECK (valid_until IS NULL OR valid_until >= valid_from),
    CONSTRAINT certificate_once_per_case UNIQUE (case_id, type)
);

CREATE INDEX certificate_holder ON certificate.certificate (holder_index, type, issued_at DESC);
CREATE INDEX certificate_department ON certificate.certificate (department_id, issued_at DESC, id);

COMMENT ON TABLE certificate.certificate IS
    'Issued electronic certificates; identifiers and documents encrypted, verification codes hashed';

CREATE TABLE certificate.verification (
    id             bigserial   PRIMARY KEY,
    certificate_id uuid REFERENCES certificate.certificate (id),
    channel        text        NOT NULL,
    result         text        NOT NULL,
    verified_at    timestamptz NOT NULL,
    CONSTRAINT verification_channel CHECK (channel IN ('QR', 'FORM', 'API', 'UPLOAD'))
);

CREATE INDEX verification_of_certificate ON certificate.verification (certificate_id, verified_at DESC, id DESC);

CREATE TABLE certificate.rate_limit_hit (
    bucket text        NOT NULL,
    hit_at timestamptz NOT NULL
);

CREATE INDEX rate_limit_hit_bucket ON certificate.rate_limit_hit (bucket, hit_at);
