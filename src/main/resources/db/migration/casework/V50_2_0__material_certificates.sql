-- Electronic certificates used in place of uploaded materials (免提交). A reference to the
-- certificate, never a copy of it: the certificate module keeps the document.

-- What the applicant chose, with consent, while filling in the draft (one certificate per material).
CREATE TABLE casework.draft_certificate (
    draft_id       uuid        NOT NULL REFERENCES casework.draft (id),
    material_code  text        NOT NULL,
    certificate_id uuid        NOT NULL,
    consented_at   timestamptz NOT NULL,
    PRIMARY KEY (draft_id, material_code)
);

-- What a case was submitted with: checked on the server at submission (the applicant's, valid).
CREATE TABLE casework.case_certificate (
    application_id     uuid        NOT NULL REFERENCES casework.application (id),
    material_code      text        NOT NULL,
    certificate_id     uuid        NOT NULL,
    certificate_number text        NOT NULL,
    certificate_name   text        NOT NULL,
    consented_at       timestamptz NOT NULL,
    verified_at        timestamptz NOT NULL,
    PRIMARY KEY (application_id, material_code)
);
CREATE INDEX case_certificate_certificate ON casework.case_certificate (certificate_id);
