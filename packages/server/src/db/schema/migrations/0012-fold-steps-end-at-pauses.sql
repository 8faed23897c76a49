-- Migration 12: a fold's steps end where its sums pause
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- A fold (migration 11) worked out all its sums in its first step, and that
-- step held the writer for 20-50 ms with diverse contexts. Now a fold reads
-- its responses back and adds them up over several steps, and a step of
-- upserts also ends where the sums pause for a cube's spread, so each step
-- stays a few milliseconds (counter-fold.ts). A process resuming a fold must
-- cut it into the same steps: `cut_at_pauses` is 1 for a fold of more than
-- 250 responses begun this way, and 0 for a smaller one (read in one step,
-- its spreads are small) and for one an older release began and left half
-- done: those are cut by their size alone, as that release cut them.
ALTER TABLE counter_fold ADD COLUMN cut_at_pauses INTEGER NOT NULL DEFAULT 0;
