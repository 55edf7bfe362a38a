-- Time limits for subjects that other modules name by an opaque key ("workflow.task", "<uuid>").
-- The due date is derived from started_at, the limit, its extensions and the pauses; due_at and
-- due_soon_at are stored so that the sweeper finds due rows through small partial indexes.
CREATE SCHEMA IF NOT EXISTS deadline;

CREATE TABLE deadline.time_limit (
    id                   uuid        PRIMARY KEY,
    subject_type         text        NOT NULL,
    subject_key          text        NOT NULL,
    unit                 text        NOT NULL,
    amount               integer     NOT NULL,
    extended_by          integer     NOT NULL DEFAULT 0,
    extensions           integer     NOT NULL DEFAULT 0,
    extension_reason     text,
    state                text        NOT NULL,
    started_at           timestamptz NOT NULL,
    -- finished pauses as ISO-8601 intervals "<paused at>/<resumed at>", oldest first
    pauses               text[]      NOT NULL DEFAULT '{}',
    paused_at            timestamptz,
    due_at               timestamptz,
    due_soon_at          timestamptz,
    due_soon_notified_at timestamptz,
    overdue_notified_at  timestamptz,
    provisional          boolean     NOT NULL DEFAULT false,
    missing_year         integer,
    finished_at          timestamptz,
    version              integer     NOT NULL DEFAULT 0,
    CONSTRAINT time_limit_unit CHECK (unit IN ('WORKING_DAYS', 'CALENDAR_DAYS', 'CLOCK_HOURS')),
    CONSTRAINT time_limit_state CHECK (state IN ('RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT time_limit_amount CHECK (amount > 0 AND extended_by >= 0),
    CONSTRAINT time_limit_paused CHECK ((state = 'PAUSED') = (paused_at IS NOT NULL)),
    CONSTRAINT time_limit_due CHECK (state = 'PAUSED' OR due_at IS NOT NULL),
    CONSTRAINT time_limit_provisional CHECK (provisional = (missing_year IS NOT NULL))
);

COMMENT ON TABLE deadline.time_limit IS
    'Time limits in working days, calendar days or clock hours; keys are opaque ids, never personal data';

-- At most one running or paused limit per subject; finished ones stay as history.
CREATE UNIQUE INDEX time_limit_active_subject ON deadline.time_limit (subject_type, subject_key)
    WHERE state IN ('RUNNING', 'PAUSED');
CREATE INDEX time_limit_subject ON deadline.time_limit (subject_type, subject_key, started_at DESC);

-- The sweeper's two work queues: only rows still waiting for their notification.
CREATE INDEX time_limit_due_soon ON deadline.time_limit (due_soon_at)
    WHERE state = 'RUNNING' AND due_soon_notified_at IS NULL;
CREATE INDEX time_limit_overdue ON deadline.time_limit (due_at)
    WHERE state = 'RUNNING' AND overdue_notified_at IS NULL;

-- Limits computed without the holiday file of some year, to recalculate once it arrives.
CREATE INDEX time_limit_provisional ON deadline.time_limit (missing_year)
    WHERE provisional AND state IN ('RUNNING', 'PAUSED');
