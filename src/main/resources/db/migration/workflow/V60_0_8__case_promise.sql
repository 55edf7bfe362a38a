-- The case's promised limit (承诺时限: the item's promised working or calendar days from acceptance) is
-- kept in the process row only (docs/workflow.md, "The promised limit"): the deadline module no longer
-- keeps "case.promised" limits. The row holds what the due date is counted from, with the deadline
-- module's arithmetic (org.onewindow.deadline.DueDates): promise_from (the acceptance; a deemed one:
-- the submission), the limit as started (promise_unit, promise_days), the days added by the extension
-- (promise_extended_by) and the case's special procedures (workflow.suspension, its pauses); the due
-- date, the year counted without a holiday file, and promise_alert_at, when the workflow's sweeper is
-- to look at the process next: when it becomes due soon, then when its due date has passed; null once
-- it was found overdue, while it is paused and once the case has ended (ended_at is its finishing time;
-- the year is cleared then too).
ALTER TABLE workflow.process
    ADD COLUMN promise_from timestamptz,
    ADD COLUMN promise_unit text,
    ADD COLUMN promise_days integer,
    ADD COLUMN promise_extended_by integer NOT NULL DEFAULT 0,
    ADD COLUMN promise_due_date date,
    ADD COLUMN promise_alert_at timestamptz,
    ADD COLUMN promise_missing_year integer,
    ADD CONSTRAINT process_promise_unit CHECK (promise_unit IN ('WORKING_DAYS', 'CALENDAR_DAYS')),
    ADD CONSTRAINT process_promise CHECK ((promise_from IS NULL) = (promise_unit IS NULL)
                                          AND (promise_from IS NULL) = (promise_days IS NULL));

-- The sweeper's work queue: promises still to be looked at.
CREATE INDEX process_promise_alert ON workflow.process (promise_alert_at) WHERE promise_alert_at IS NOT NULL;
-- Promised due dates counted without the holiday file of some year, to recalculate once it arrives (the
-- move that ends the case clears the year: a finished promise is not recalculated).
CREATE INDEX process_promise_provisional ON workflow.process (promise_missing_year)
    WHERE promise_missing_year IS NOT NULL;

-- Every process takes its case limit's course: the running or paused one of a running case, else the
-- completed one (the performance figures read finished promises from the process row too). A paused
-- limit has no due date until it resumes (it is counted again then, from the process's suspensions,
-- which were the limit's pauses); a running one that was announced is looked at again when its due
-- date has passed, and no more once it was found overdue (its event may still be on its way: the old
-- listener still takes it).
UPDATE workflow.process p
   SET promise_from = l.started_at,
       promise_unit = l.unit,
       promise_days = l.amount,
       promise_extended_by = l.extended_by,
       promise_due_date = (l.due_at AT TIME ZONE 'Asia/Shanghai')::date,
       promise_missing_year = CASE WHEN p.ended_at IS NULL THEN l.missing_year END,
       promise_alert_at = CASE
           WHEN l.state <> 'RUNNING' OR l.overdue_notified_at IS NOT NULL OR p.ended_at IS NOT NULL THEN NULL
           WHEN l.due_soon_notified_at IS NOT NULL THEN l.due_at + interval '1 microsecond'
           ELSE l.due_soon_at END
  FROM deadline.time_limit l
 WHERE l.subject_type = 'case.promised' AND l.subject_key = p.business_key
   AND l.unit IN ('WORKING_DAYS', 'CALENDAR_DAYS')
   AND ((l.state IN ('RUNNING', 'PAUSED') AND p.ended_at IS NULL)
        OR (l.state = 'COMPLETED' AND p.ended_at IS NOT NULL));

-- Those limits are then finished, so that the deadline sweeper no longer acts on them; finished ones
-- stay as history. A paused limit's pause ends as it is cancelled; its due time, which only the
-- calendar could give, is written as the moment of cancelling (as V60_0_6 and V60_0_7 did).
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
 WHERE subject_type = 'case.promised' AND state IN ('RUNNING', 'PAUSED');
