-- Extensions of a case's limit (行政许可法 Art. 42): asked by the officer, decided by the head of the
-- department; at most one pending or granted per case.
CREATE TABLE workflow.extension (
    id                uuid PRIMARY KEY,
    process_id        uuid NOT NULL REFERENCES workflow.process (id),
    task_id           uuid NOT NULL REFERENCES workflow.task (id),
    department_id     uuid NOT NULL,
    region_code       char(6) NOT NULL,
    requested_by      uuid NOT NULL,
    requested_by_name text NOT NULL,
    reason            text NOT NULL,
    days              int NOT NULL,
    state             text NOT NULL,
    decided_by        uuid,
    decided_by_name   text,
    opinion           text,
    requested_at      timestamptz NOT NULL,
    decided_at        timestamptz
);
CREATE UNIQUE INDEX extension_once ON workflow.extension (process_id) WHERE state IN ('PENDING', 'APPROVED');
CREATE INDEX extension_pending ON workflow.extension (department_id, requested_at) WHERE state = 'PENDING';
