-- Migration 11: folds of the counters in steps that resume after a crash
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- A fold of the backlog (migration 9) held the write lock for the whole
-- of its upserts, about 60 ms for 1,000 responses from diverse contexts,
-- and every response's commit waited behind it. Now a fold names what it
-- covers, the backlog up to a sequence number, in `counter_fold`, and adds
-- its upserts in steps of a few milliseconds, each its own transaction
-- that also records how many steps are done; the writer commits responses
-- between the steps. The last step empties the fold's part of the backlog.
-- A crash between steps leaves the record, and the next fold (any process)
-- goes on from the step recorded, so each response is counted once
-- (counter-fold.ts). The backlog's ids move to a table numbered in the
-- order they came.
CREATE TABLE counter_backlog_numbered (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL
);

INSERT INTO counter_backlog_numbered (id) SELECT id FROM counter_backlog;

DROP TABLE counter_backlog;

ALTER TABLE counter_backlog_numbered RENAME TO counter_backlog;

-- At most one fold at a time: `upto` the last backlog number it covers,
-- `step_arguments` the size its steps were cut to (so a process of another
-- release cuts them alike), `steps_done` how many of its steps the counters
-- hold, `fold` its name (random), so a process can tell its plan of the
-- fold is still current.
CREATE TABLE counter_fold (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  fold TEXT NOT NULL,
  upto INTEGER NOT NULL,
  step_arguments INTEGER NOT NULL,
  steps_done INTEGER NOT NULL
);
