-- Ratings (好差评) of finished cases and of hotline return visits, and the rectification (整改)
-- that a poor rating opens for the responsible department.
CREATE SCHEMA IF NOT EXISTS rating;

-- One rating. A case is rated once, by its applicant; a ticket once per return visit (a
-- reopened ticket is visited, and rated, again). Department and item code are copied here so
-- that the figures per department, item and period need no other module's tables.
CREATE TABLE rating.rating (
    id            uuid PRIMARY KEY,
    subject_kind  text NOT NULL CHECK (subject_kind IN ('CASE', 'TICKET')),
    subject_id    uuid NOT NULL,
    subject_ref   text NOT NULL,
    visit_id      uuid UNIQUE,
    rater_id      uuid,
    department_id uuid NOT NULL,
    item_code     text,
    level         smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
    comment       text,
    solved        boolean,
    channel       text NOT NULL,
    rated_at      timestamptz NOT NULL,
    CHECK (subject_kind = 'CASE' OR visit_id IS NOT NULL)
);
-- 一事一评: one rating per case, whatever races to insert it.
CREATE UNIQUE INDEX rating_one_per_case ON rating.rating (subject_id) WHERE subject_kind = 'CASE';
CREATE INDEX rating_department_period ON rating.rating (department_id, rated_at) INCLUDE (level, subject_kind);
CREATE INDEX rating_department_item_period ON rating.rating (department_id, item_code, rated_at) INCLUDE (level, subject_kind);
CREATE INDEX rating_period ON rating.rating (rated_at) INCLUDE (department_id, level, subject_kind);
CREATE INDEX rating_rater ON rating.rating (rater_id, rated_at DESC, id DESC) WHERE rater_id IS NOT NULL;

-- The tags the rater chose (codes from a fixed list; see RatingTag).
CREATE TABLE rating.rating_tag (
    rating_id uuid NOT NULL REFERENCES rating.rating (id),
    tag       text NOT NULL,
    PRIMARY KEY (rating_id, tag)
);

-- A rectification item for a poor rating (1 or 2): the department verifies, acts and replies to
-- the rater within a limit kept by the deadline module; due_at and due_date are copies for
-- sorting and the overdue filter.
CREATE TABLE rating.rectification (
    id              uuid PRIMARY KEY,
    rating_id       uuid NOT NULL UNIQUE REFERENCES rating.rating (id),
    department_id   uuid NOT NULL,
    state           text NOT NULL CHECK (state IN ('OPEN', 'REPLIED')),
    opened_at       timestamptz NOT NULL,
    due_date        date,
    due_at          timestamptz,
    overdue         boolean NOT NULL DEFAULT false,
    finding         text,
    action_taken    text,
    reply           text,
    replied_by      uuid,
    replied_by_name text,
    replied_at      timestamptz,
    replied_on_time boolean,
    rater_satisfied boolean,
    feedback_at     timestamptz,
    CHECK (state = 'OPEN' OR (reply IS NOT NULL AND replied_at IS NOT NULL))
);
CREATE INDEX rectification_department_queue ON rating.rectification (department_id, state, due_at, id);
CREATE INDEX rectification_open_due ON rating.rectification (due_at, id) WHERE state = 'OPEN';
CREATE INDEX rectification_department_opened ON rating.rectification (department_id, opened_at);

-- Ratings are not editable after the fact (STANDARDS.md): the application has no update or
-- delete path, and the database refuses one too.
CREATE FUNCTION rating.refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ratings are not editable (% on %)', TG_OP, TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER rating_not_editable BEFORE UPDATE OR DELETE ON rating.rating
    FOR EACH ROW EXECUTE FUNCTION rating.refuse_change();
CREATE TRIGGER rating_tag_not_editable BEFORE UPDATE OR DELETE ON rating.rating_tag
    FOR EACH ROW EXECUTE FUNCTION rating.refuse_change();
