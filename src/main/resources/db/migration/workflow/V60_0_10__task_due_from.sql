-- What a task's due date is counted from, when that is not its creation: an acceptance task reopened by a
-- corrected application's resubmission counts its 5 working days again from the resubmission (行政许可法
-- Art. 32; docs/workflow.md, "The acceptance limit"). Null: from created_at.
ALTER TABLE workflow.task ADD COLUMN due_from timestamptz;
