-- Casework: drafts, applications (cases), their timeline, bundles and attachments.
CREATE SCHEMA IF NOT EXISTS casework;

-- What a citizen is filling in: one item or one bundle ("一件事"), saved and resumed until submitted.
CREATE TABLE casework.draft (
    id                   uuid PRIMARY KEY,
    applicant_id         uuid NOT NULL,
    target_kind          text NOT NULL,
    target_code          text NOT NULL,
    business_credit_code char(18),
    place_code           char(6),
    values_enc           text NOT NULL,
    catalog_edition      text NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    submitted_at         timestamptz,
    discarded_at         timestamptz,
    version              int NOT NULL DEFAULT 0
);
CREATE INDEX draft_applicant ON casework.draft (applicant_id, updated_at DESC);

-- One submission of a bundle links the cases it created.
CREATE TABLE casework.bundle_submission (
    id           uuid PRIMARY KEY,
    bundle_code  text NOT NULL,
    applicant_id uuid NOT NULL,
    draft_id     uuid NOT NULL UNIQUE REFERENCES casework.draft (id),
    submitted_at timestamptz NOT NULL
);

-- A case: one item applied for, with the values as submitted (encrypted: they hold personal data).
CREATE TABLE casework.application (
    id                      uuid PRIMARY KEY,
    receipt_number          text NOT NULL UNIQUE,
    draft_id                uuid NOT NULL REFERENCES casework.draft (id),
    item_code               text NOT NULL,
    bundle_submission_id    uuid REFERENCES casework.bundle_submission (id),
    applicant_id            uuid NOT NULL,
    applicant_name          text NOT NULL,
    business_credit_code    char(18),
    business_name           text,
    status                  text NOT NULL,
    values_enc              text NOT NULL,
    place_code              char(6),
    accepting_department_id uuid,
    catalog_edition         text NOT NULL,
    submitted_at            timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    version                 int NOT NULL DEFAULT 0,
    UNIQUE (draft_id, item_code)
);
CREATE INDEX application_applicant ON casework.application (applicant_id, submitted_at DESC, id);
CREATE INDEX application_department ON casework.application (accepting_department_id, status, submitted_at);

CREATE TABLE casework.timeline (
    id             bigserial PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES casework.application (id),
    at             timestamptz NOT NULL,
    kind           text NOT NULL,
    actor_name     text,
    detail         text
);
CREATE INDEX timeline_application ON casework.timeline (application_id, id);

-- Receipt numbers: one sequence, so concurrent submissions never wait on a counter row.
CREATE SEQUENCE casework.receipt_sequence;

-- Uploaded materials: stored under server-generated names, served only to the owner and staff.
CREATE TABLE casework.attachment (
    id            uuid PRIMARY KEY,
    draft_id      uuid NOT NULL REFERENCES casework.draft (id),
    material_code text NOT NULL,
    file_name     text NOT NULL,
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL,
    sha256        char(64) NOT NULL,
    stored_name   text NOT NULL UNIQUE,
    uploaded_at   timestamptz NOT NULL,
    removed_at    timestamptz
);
CREATE INDEX attachment_draft ON casework.attachment (draft_id) WHERE removed_at IS NULL;
