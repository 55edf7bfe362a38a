-- The inbox's "mine" view: the open tasks an officer has claimed, oldest due first. Without it the view
-- walks the department's whole inbox index (task_inbox) to find the officer's few tasks, or to find
-- none: about 100 ms for a department with 50,000 open tasks (docs/benchmarks.md, issue #4). Only claimed
-- tasks have an assignee, so the index stays small.
CREATE INDEX task_mine ON workflow.task (assignee_id, due_date, id)
    WHERE state IN ('OPEN', 'CLAIMED') AND assignee_id IS NOT NULL;

-- An officer claims only tasks of their own department and role: without knowing that, the planner
-- multiplies the three conditions' selectivities, expects a handful of rows and sorts all of the
-- officer's tasks instead of reading the first 50 in order from task_mine.
CREATE STATISTICS workflow.task_assignee_scope (dependencies) ON assignee_id, department_id, role FROM workflow.task;
