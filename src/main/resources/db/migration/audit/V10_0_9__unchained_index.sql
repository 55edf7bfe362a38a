-- The lag gauge and the chainer look for the oldest unchained entries; keep that lookup cheap
-- exactly when many entries wait (benchmark: 87 ms with 62,000 pending without this index).
CREATE INDEX IF NOT EXISTS entry_unchained_occurred ON audit.entry (occurred_at) WHERE chain_seq IS NULL;
