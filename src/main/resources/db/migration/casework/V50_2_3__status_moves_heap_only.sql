-- A case's status moves (accepted, under review, then its end) as heap-only (HOT) updates. A move
-- sets status, updated_at and version; while status and updated_at were indexed (the department's
-- index and the figures' partial index of closed cases, V50_1_0), every move wrote a new entry into
-- each of the table's seven indexes. After this migration no index, nor any index's predicate,
-- contains status or updated_at: the moves before the case's end change no indexed column and, with
-- room left on the row's page, write no index entry at all. Only the move that ends the case sets an
-- indexed column (closed_at), once.

-- When the case finished: set by the move into a finished status (ApplicationStatus.finished(), a
-- withdrawal included) and never changed after it; null while the case is open. A finished case is
-- not updated any more, so its updated_at is when it finished.
ALTER TABLE casework.application ADD COLUMN closed_at timestamptz;
UPDATE casework.application SET closed_at = updated_at
    WHERE status IN ('APPROVED', 'REJECTED', 'NOT_ACCEPTED', 'WITHDRAWN', 'CLOSED');

-- Open cases of a department (the figures' cases in progress, filtered by their status in the
-- query), oldest first: the index no longer holds the status, and a case leaves it when it ends.
DROP INDEX casework.application_department;
CREATE INDEX application_department_open ON casework.application (accepting_department_id, submitted_at)
    WHERE closed_at IS NULL;

-- Finished cases of a department by the time they finished (the figures' closed cases, filtered by
-- their status in the query: closed with a result, not withdrawn).
DROP INDEX casework.application_department_closed;
CREATE INDEX application_department_closed ON casework.application (accepting_department_id, closed_at)
    WHERE closed_at IS NOT NULL;

-- A move is heap-only only if the row's new version fits on the row's page. A case is inserted once
-- and moved three or four times; its row is 0.6 to 1.2 kB (most of it the sealed values of the form),
-- so a page holds 5 to 10 cases. Keeping 20 % of a page free (about 1.6 kB) leaves room for the new
-- versions of one or two moves at a time, and the version a move leaves behind is pruned the next time
-- the page is read, once no transaction can see it: the moves of a page's cases come one after the
-- other, minutes to days apart. The table takes a quarter more pages than packed full. (The workflow's
-- process rows keep 30 %, V60_0_5: a process moves at every step.) Applies to pages written from now on.
ALTER TABLE casework.application SET (fillfactor = 80);
