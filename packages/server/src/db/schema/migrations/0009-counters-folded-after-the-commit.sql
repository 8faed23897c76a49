-- Migration 9: a backlog of responses stored but not yet counted
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- The writer commits a batch's responses, with their ids here, and answers
-- 201 without adding them to the counters; it then folds the backlog into
-- every counter and deletes what it folded, hundreds of responses at a
-- time in a transaction of their own (counter-fold.ts): with diverse
-- contexts a batch of 50 made 48 row changes a response, one of 500
-- makes 16. A read of the counters first folds what is here, so it stays
-- exact; a crash between the commit and the fold leaves the ids here for
-- the next fold. Responses written with their counters at once (the demo
-- seed) never enter it.
CREATE TABLE counter_backlog (
  id TEXT PRIMARY KEY
) WITHOUT ROWID;
