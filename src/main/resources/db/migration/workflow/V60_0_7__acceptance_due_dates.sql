-- The acceptance limit (5 working days from submission, 行政许可法 Art. 32; 5 again from a corrected
-- application's resubmission) is kept in the process row only (docs/workflow.md, "The acceptance limit"):
-- the deadline module no longer keeps "workflow.acceptance" and "workflow.acceptance.after-correction"
-- limits. The row holds what the due date is counted from, with the deadline module's arithmetic
-- (org.onewindow.deadline.DueDates): acceptance_from (submission or resubmission), acceptance_days, the
-- due date, the year counted without a holiday file, and acceptance_alert_at, when the workflow's sweeper
-- is to look at the process: the moment the due date has passed; null once the acceptance is decided
-- (accepted, refused, correction requested, withdrawn) or deemed.
ALTER TABLE workflow.process
    ADD COLUMN acceptance_from timestamptz,
    ADD COLUMN acceptance_days integer,
    ADD COLUMN acceptance_due_date date,
    ADD COLUMN acceptance_alert_at timestamptz,
    ADD COLUMN acceptance_missing_year integer;

-- The sweeper's work queue: processes still waiting for acceptance. A process leaves it (a non-HOT update,
-- once) when its acceptance is decided; later moves leave the column as it is and stay heap-only.
CREATE INDEX process_acceptance_alert ON workflow.process (acceptance_alert_at)
    WHERE acceptance_alert_at IS NOT NULL;
-- Acceptance due dates counted without the holiday file of some year, to recalculate once it arrives.
CREATE INDEX process_acceptance_provisional ON workflow.process (acceptance_missing_year)
    WHERE acceptance_missing_year IS NOT NULL AND acceptance_alert_at IS NOT NULL;

-- Processes still waiting for acceptance take their acceptance limit's course from its running limit: the
-- after-correction one if a correction was requested, else the first. A limit that already passed (its
-- DeadlinePassed sent, the deemed acceptance not yet made) is looked at by the new sweeper at once.
UPDATE workflow.process p
   SET acceptance_from = l.started_at,
       acceptance_days = l.amount + l.extended_by,
       acceptance_due_date = (l.due_at AT TIME ZONE 'Asia/Shanghai')::date,
       acceptance_alert_at = l.due_at + interval '1 microsecond',
       acceptance_missing_year = l.missing_year
  FROM deadline.time_limit l
 WHERE l.subject_type = CASE WHEN p.correction_requested THEN 'workflow.acceptance.after-correction'
                             ELSE 'workflow.acceptance' END
   AND l.subject_key = p.business_key AND l.state = 'RUNNING' AND l.due_at IS NOT NULL
   AND p.state = 'RUNNING' AND p.outcome IS NULL
   AND EXISTS (SELECT 1 FROM workflow.task t
                WHERE t.process_id = p.id AND t.node_kind = 'ACCEPT' AND t.state IN ('OPEN', 'CLAIMED'));

-- Every active acceptance limit is then finished, so that the deadline sweeper no longer acts on them (an
-- after-correction limit of a case withdrawn or refused was left running before: it ends too); finished
-- ones stay as history.
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
 WHERE subject_type IN ('workflow.acceptance', 'workflow.acceptance.after-correction')
   AND state IN ('RUNNING', 'PAUSED');

-- A DeadlinePassed of such a limit still on its way to the listener that deemed the case accepted (which
-- is gone): the process row has the limit now and the sweeper deems it.
DO $$
DECLARE
    found text;
BEGIN
    FOR found IN SELECT table_schema FROM information_schema.tables WHERE table_name = 'event_publication' LOOP
        EXECUTE format('DELETE FROM %I.event_publication WHERE completion_date IS NULL AND listener_id LIKE %L',
                       found, 'org.onewindow.workflow.internal.DeemedAcceptance.%');
    END LOOP;
END $$;
