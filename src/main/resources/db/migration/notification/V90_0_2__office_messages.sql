-- In-app messages for office staff: to every member of a department, or to the supervisors, about work
-- in a region; a member of staff sees those whose region their data scope covers. The reference makes a
-- redelivered event harmless.
CREATE TABLE notification.office_message (
    id            bigserial PRIMARY KEY,
    audience      text NOT NULL CHECK (audience IN ('DEPARTMENT', 'SUPERVISORS')),
    department_id uuid,
    region_code   char(6) NOT NULL,
    ref           text NOT NULL UNIQUE,
    title         text NOT NULL,
    body          text NOT NULL,
    link          text,
    created_at    timestamptz NOT NULL,
    CHECK ((audience = 'DEPARTMENT') = (department_id IS NOT NULL))
);
CREATE INDEX office_message_department ON notification.office_message (department_id, id DESC)
    WHERE audience = 'DEPARTMENT';
CREATE INDEX office_message_supervisors ON notification.office_message (id DESC) WHERE audience = 'SUPERVISORS';
