-- The due-soon mark of a task (docs/workflow.md, "Due dates of tasks"): when the workflow's sweeper found
-- that the task had used the due-soon share of its limit (80 % by default). The office desk shows it red
-- and its "due soon" filter lists the marked tasks; a due date moved beyond the due-soon moment (an
-- extension, a resumed procedure, a resubmission) clears it. Null: not due soon (yet).
ALTER TABLE workflow.task ADD COLUMN due_soon_at timestamptz;
