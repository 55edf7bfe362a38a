-- Special procedures (行政许可法 Art. 45: hearing, expert review, inspection): the case's clock and the
-- task's stand still; one at a time per case.
CREATE TABLE workflow.suspension (
    id                uuid PRIMARY KEY,
    process_id        uuid NOT NULL REFERENCES workflow.process (id),
    task_id           uuid NOT NULL REFERENCES workflow.task (id),
    department_id     uuid NOT NULL,
    kind              text NOT NULL,
    reason            text NOT NULL,
    suspended_by      uuid NOT NULL,
    suspended_by_name text NOT NULL,
    suspended_at      timestamptz NOT NULL,
    resumed_by        text,
    resumed_by_name   text,
    resumed_at        timestamptz
);
CREATE UNIQUE INDEX suspension_active ON workflow.suspension (process_id) WHERE resumed_at IS NULL;
CREATE INDEX task_suspended ON workflow.task (department_id, due_date, id) WHERE state = 'SUSPENDED';
