-- The departments' reviews are read from the workflow's history (workflow.history, which has them
-- already) when the applicant's timeline is shown; casework no longer writes its own copy. The
-- copies written before (event reference 'task:<task id>') would show each review twice: they go.
DELETE FROM casework.timeline WHERE event_ref LIKE 'task:%';
