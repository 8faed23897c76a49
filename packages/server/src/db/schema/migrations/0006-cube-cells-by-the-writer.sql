-- Migration 6: the day cubes written by the writer, one upsert per cell and batch; one index fewer
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- Migration 2's triggers added every daily_rollups and daily_counts row
-- to its 8 cube cells one row at a time: with responses from many
-- departments and channels, a batch's rows no longer share cells and each
-- response cost about a hundred row changes. The writer now sums a batch
-- into its distinct cells and upserts each once, as it does the month
-- cubes (response-store.ts); the cubes keep the same rows and sums, and
-- the writer stays their only writer. The verified twins alike.
DROP TRIGGER daily_rollups_insert_cube;
DROP TRIGGER daily_rollups_update_cube;
DROP TRIGGER daily_rollups_delete_cube;
DROP TRIGGER daily_counts_insert_cube;
DROP TRIGGER daily_counts_update_cube;
DROP TRIGGER daily_counts_delete_cube;
DROP TRIGGER verified_daily_rollups_insert_cube;
DROP TRIGGER verified_daily_rollups_update_cube;
DROP TRIGGER verified_daily_rollups_delete_cube;
DROP TRIGGER verified_daily_counts_insert_cube;
DROP TRIGGER verified_daily_counts_update_cube;
DROP TRIGGER verified_daily_counts_delete_cube;

-- Every response also wrote an entry of this index, which no read needs:
-- responses_by_received_at_id begins with the same column and serves every
-- range over received_at it could.
DROP INDEX responses_by_received_at;
