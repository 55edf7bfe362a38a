-- The tamper-evident audit log. Entries are inserted freely, each with a keyed MAC over its
-- fields; a background chainer later gives them consecutive chain positions and chain hashes.
-- The keys never reach the database, so nothing here can compute or check a MAC.
CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.entry (
    id          bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor_type  text        NOT NULL,
    actor_id    text,
    actor_name  text,
    ip          text,
    event       text        NOT NULL,
    object_type text,
    object_id   text,
    result      text        NOT NULL,
    detail      text,
    row_mac     text        NOT NULL,
    chain_seq   bigint UNIQUE,
    chain_hash  text,
    CONSTRAINT entry_chained_together CHECK ((chain_seq IS NULL) = (chain_hash IS NULL)),
    CONSTRAINT entry_seq_positive CHECK (chain_seq IS NULL OR chain_seq > 0)
);

COMMENT ON TABLE audit.entry IS
    'Append-only audit log; row_mac and chain_hash are HMAC-SHA256 with a key kept outside the database';

-- The chainer's work queue: only the few entries not chained yet.
CREATE INDEX entry_unchained ON audit.entry (id) WHERE chain_seq IS NULL;
-- Filters of the audit trail page, newest first.
CREATE INDEX entry_event ON audit.entry (event, id);
CREATE INDEX entry_actor ON audit.entry (actor_id, id);
CREATE INDEX entry_object ON audit.entry (object_id, id);
CREATE INDEX entry_occurred ON audit.entry (occurred_at);

-- The last chained position; one row, locked by the chainer while it extends the chain.
CREATE TABLE audit.chain_head (
    id          smallint PRIMARY KEY CHECK (id = 1),
    chain_seq   bigint      NOT NULL,
    chain_hash  text        NOT NULL,
    updated_at  timestamptz NOT NULL
);

INSERT INTO audit.chain_head (id, chain_seq, chain_hash, updated_at)
VALUES (1, 0, repeat('0', 64), now());

-- Entries the chainer refused because their MAC is wrong (inserted or edited behind the
-- application's back); remembered so that they do not block the queue. Verification reports
-- them independently of this table.
CREATE TABLE audit.rejected_entry (
    entry_id    bigint PRIMARY KEY,
    detected_at timestamptz NOT NULL,
    reason      text        NOT NULL
);

-- Defence in depth: the application has no update or delete path, and the database refuses
-- one too. The only permitted update is the chainer filling in chain_seq and chain_hash once.
CREATE FUNCTION audit.entry_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.chain_seq IS NOT NULL OR NEW.chain_hash IS NOT NULL THEN
            RAISE EXCEPTION 'audit entries are chained by the chainer, not on insert'
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE'
        AND OLD.chain_seq IS NULL
        AND NEW.chain_seq IS NOT NULL
        AND ROW (NEW.id, NEW.occurred_at, NEW.actor_type, NEW.actor_id, NEW.actor_name, NEW.ip,
                 NEW.event, NEW.object_type, NEW.object_id, NEW.result, NEW.detail, NEW.row_mac)
            IS NOT DISTINCT FROM
            ROW (OLD.id, OLD.occurred_at, OLD.actor_type, OLD.actor_id, OLD.actor_name, OLD.ip,
                 OLD.event, OLD.object_type, OLD.object_id, OLD.result, OLD.detail, OLD.row_mac) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER entry_append_only
    BEFORE INSERT OR UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.entry_append_only();

CREATE TRIGGER entry_no_truncate
    BEFORE TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.entry_append_only();
