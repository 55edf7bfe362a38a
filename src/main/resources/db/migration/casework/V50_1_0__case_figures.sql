-- Performance figures (rating module, through casework's CaseFigures): cases a department received in a
-- period, and those it closed with a result in a period. A closed case is not updated any more, so its
-- updated_at is when it was closed.
CREATE INDEX application_department_submitted ON casework.application (accepting_department_id, submitted_at);
CREATE INDEX application_department_closed ON casework.application (accepting_department_id, updated_at)
    WHERE status IN ('APPROVED', 'REJECTED', 'NOT_ACCEPTED', 'CLOSED');
