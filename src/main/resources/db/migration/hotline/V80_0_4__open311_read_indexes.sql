-- Indexes for Open311's GET requests (newest first, capped at 1,000), found with the issue #6
-- benchmark on a million tickets: the open requests of a window are read from a partial index in
-- order instead of sorting every ticket of the window, and one service's requests come from an
-- index that also holds the order's tie-breaker, so that the scan stops at the cap.
CREATE INDEX ticket_open_listed ON hotline.ticket (created_at DESC, id DESC)
    WHERE closed_at IS NULL AND emergency_service IS NULL;

DROP INDEX hotline.ticket_service_created;
CREATE INDEX ticket_service_created ON hotline.ticket (service_code, created_at DESC, id DESC);
