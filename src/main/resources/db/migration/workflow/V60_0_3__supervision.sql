-- Supervision (督办): items for a department, either raised automatically when a task's or a case's
-- limit passes (once per limit and due time: the deadline module sends again after an extension),
-- or issued by a supervisor; the department acknowledges them on its desk.
ALTER TABLE workflow.task ADD COLUMN overdue_at timestamptz;
ALTER TABLE workflow.process ADD COLUMN overdue_at timestamptz;

CREATE TABLE workflow.supervision (
    id                   uuid PRIMARY KEY,
    process_id           uuid NOT NULL REFERENCES workflow.process (id),
    task_id              uuid REFERENCES workflow.task (id),
    department_id        uuid NOT NULL,
    region_code          char(6) NOT NULL,
    source               text NOT NULL,
    deadline_id          uuid,
    due_at               timestamptz,
    note                 text,
    issued_by            text NOT NULL,
    issued_by_name       text NOT NULL,
    issued_at            timestamptz NOT NULL,
    acknowledged_by      uuid,
    acknowledged_by_name text,
    acknowledged_at      timestamptz
);
CREATE UNIQUE INDEX supervision_once ON workflow.supervision (deadline_id, due_at) WHERE deadline_id IS NOT NULL;
CREATE INDEX supervision_open ON workflow.supervision (department_id, issued_at) WHERE acknowledged_at IS NULL;
CREATE INDEX supervision_task ON workflow.supervision (task_id);

-- The supervisor's overview: workable tasks of every department, oldest due first (a suspended task's
-- clock stands still, so it is not late).
CREATE INDEX task_due ON workflow.task (due_date, id) WHERE state IN ('OPEN', 'CLAIMED');
