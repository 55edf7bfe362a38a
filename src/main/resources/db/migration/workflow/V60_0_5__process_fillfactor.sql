-- A process row is moved three times or more in its life (accepted, each step, ended), and none of
-- those moves changes an indexed column (only the id and the business key are indexed). With room
-- left on its page, each move is a heap-only update: no new entries in the two indexes and nothing
-- for vacuum to remove from them. Applies to pages written from now on.
ALTER TABLE workflow.process SET (fillfactor = 70);
