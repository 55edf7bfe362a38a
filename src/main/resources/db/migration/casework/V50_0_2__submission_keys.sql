-- One-call submissions of the applications API (POST /api/applications): the client's
-- Idempotency-Key, per applicant, names one submission. A retry with the same key and the same
-- request answers the first submission's receipt; the same key with another request is refused.
-- The key is claimed first, with the id its draft is about to get, so the reference to the
-- draft is checked at commit.
CREATE TABLE casework.submission_key (
    applicant_id    uuid NOT NULL,
    idempotency_key text NOT NULL,
    request_sha256  char(64) NOT NULL,
    draft_id        uuid NOT NULL REFERENCES casework.draft (id) DEFERRABLE INITIALLY DEFERRED,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (applicant_id, idempotency_key)
);
