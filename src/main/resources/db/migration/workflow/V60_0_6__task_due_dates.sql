-- A task's due date is kept in its own row only (docs/workflow.md, "Due dates"): the deadline module no
-- longer keeps a limit per task ("workflow.task" limits). The row holds what the due date is counted
-- from, with the deadline module's arithmetic (org.onewindow.deadline.DueDates): created_at, the working
-- days allowed with extensions (due_days) and the task's special procedures (workflow.suspension, its
-- pauses). alert_at is when the workflow's sweeper next looks at the task: when it becomes due soon, then
-- when its due date has passed; null once it was found overdue.
ALTER TABLE workflow.task
    ADD COLUMN due_days integer,
    ADD COLUMN alert_at timestamptz,
    ADD COLUMN due_missing_year integer;

-- The sweeper's work queue: workable tasks still waiting for a look. A task leaves it when it is taken
-- as overdue, suspended, completed or cancelled.
CREATE INDEX task_alert ON workflow.task (alert_at) WHERE state IN ('OPEN', 'CLAIMED') AND alert_at IS NOT NULL;
-- Due dates counted without the holiday file of some year, to recalculate once it arrives.
CREATE INDEX task_provisional ON workflow.task (due_missing_year)
    WHERE due_missing_year IS NOT NULL AND state IN ('OPEN', 'CLAIMED', 'WAITING_CORRECTION', 'SUSPENDED');

-- Unfinished tasks take their due data from their running or paused limits. The due date itself is
-- already in the row (the engine copied it from the limit at every change).
UPDATE workflow.task t
   SET due_days = l.amount + l.extended_by,
       due_missing_year = l.missing_year,
       alert_at = CASE
           WHEN l.state = 'PAUSED' OR l.overdue_notified_at IS NOT NULL THEN NULL
           -- announced as due soon: the next look is when it has passed
           WHEN l.due_soon_notified_at IS NOT NULL THEN l.due_at + interval '1 microsecond'
           ELSE l.due_soon_at END,
       -- the limit was found overdue and its event may still be on its way: the task carries the mark now,
       -- so that the new sweeper does not raise a second item for it
       overdue_at = CASE WHEN t.state IN ('OPEN', 'CLAIMED') THEN coalesce(t.overdue_at, l.overdue_notified_at)
                         ELSE t.overdue_at END
  FROM deadline.time_limit l
 WHERE l.subject_type = 'workflow.task' AND l.subject_key = t.id::text AND l.state IN ('RUNNING', 'PAUSED')
   AND t.state IN ('OPEN', 'CLAIMED', 'WAITING_CORRECTION', 'SUSPENDED');

-- Those limits are then finished, so that the deadline sweeper no longer acts on them; finished ones
-- stay as history. A paused limit's pause ends as it is cancelled; its due time, which only the
-- calendar could give, is written as the moment of cancelling.
UPDATE deadline.time_limit
   SET state = 'CANCELLED',
       finished_at = now(),
       pauses = CASE WHEN state = 'PAUSED'
                     THEN pauses || (to_char(paused_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '/'
                                     || to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                     ELSE pauses END,
       due_at = coalesce(due_at, now()),
       paused_at = NULL,
       version = version + 1
 WHERE subject_type = 'workflow.task' AND state IN ('RUNNING', 'PAUSED');
