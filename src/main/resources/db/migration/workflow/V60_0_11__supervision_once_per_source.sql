-- A supervision item raised by the system is unique per limit, due time and source: the flag of a deemed
-- acceptance (source DEEMED_ACCEPTED, named by the process's id and the acceptance limit's due time) must
-- not be taken for the case's overdue promise (source OVERDUE, named by the same process id) that happens
-- to fall due at the same time.
DROP INDEX workflow.supervision_once;
CREATE UNIQUE INDEX supervision_once ON workflow.supervision (deadline_id, due_at, source) WHERE deadline_id IS NOT NULL;
