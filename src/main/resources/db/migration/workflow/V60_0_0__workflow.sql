-- Workflow: compiled definitions (by content hash), process instances keyed by an opaque business
-- key, tasks and history.
CREATE SCHEMA IF NOT EXISTS workflow;

CREATE TABLE workflow.definition (
    hash       char(64) PRIMARY KEY,
    name       text NOT NULL,
    body       jsonb NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE workflow.process (
    id                     uuid PRIMARY KEY,
    business_key           text NOT NULL UNIQUE,
    definition_hash        char(64) NOT NULL REFERENCES workflow.definition (hash),
    item_code              text NOT NULL,
    place_code             char(6),
    state                  text NOT NULL,
    current_node           text,
    correction_requested   boolean NOT NULL DEFAULT false,
    submitted_at           timestamptz NOT NULL,
    started_at             timestamptz NOT NULL,
    ended_at               timestamptz,
    outcome                text,
    version                int NOT NULL DEFAULT 0
);

CREATE TABLE workflow.task (
    id            uuid PRIMARY KEY,
    process_id    uuid NOT NULL REFERENCES workflow.process (id),
    node_id       text NOT NULL,
    node_kind     text NOT NULL,
    department_id uuid NOT NULL,
    role          text NOT NULL,
    region_code   char(6) NOT NULL,
    state         text NOT NULL,
    assignee_id   uuid,
    assignee_name text,
    outcome       text,
    opinion       text,
    item_code     text NOT NULL,
    created_at    timestamptz NOT NULL,
    due_date      date,
    completed_at  timestamptz,
    version       int NOT NULL DEFAULT 0
);
-- The inbox: open tasks of a department, oldest due first.
CREATE INDEX task_inbox ON workflow.task (department_id, due_date, id) WHERE state IN ('OPEN', 'CLAIMED');
CREATE INDEX task_process ON workflow.task (process_id);

CREATE TABLE workflow.history (
    id            bigserial PRIMARY KEY,
    process_id    uuid NOT NULL REFERENCES workflow.process (id),
    task_id       uuid,
    node_id       text,
    action        text NOT NULL,
    actor_id      text,
    actor_name    text,
    department_id uuid,
    opinion       text,
    at            timestamptz NOT NULL
);
CREATE INDEX history_process ON workflow.history (process_id, id);
