-- Marital status (婚姻状况), needed by the marriage and family items' prefill.
ALTER TABLE registry.person ADD COLUMN marital_status text NOT NULL DEFAULT 'UNKNOWN';
