-- Migration 14: comment counts in the rollup cube
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- comment_cube (migration 3) counted a day's comments per standard and tone
-- in the 8 cells of the cube: the same cells as rollup_cube, since a comment
-- counts for the standards its response's answers count for. A fold wrote
-- both, 5 µs a response of the writer's time in the comment cube's upserts.
-- Now each rollup_cube cell also counts the comments of the responses it
-- counts, favourable and not for its standard, in the upsert it takes
-- anyway; the comment cube's counts move over and it is dropped.
ALTER TABLE rollup_cube ADD COLUMN comments_favorable INTEGER NOT NULL DEFAULT 0;

ALTER TABLE rollup_cube ADD COLUMN comments_unfavorable INTEGER NOT NULL DEFAULT 0;

INSERT INTO rollup_cube (department, channel, survey, day, standard, n, favorable, sum_v, sum_v2,
          comments_favorable, comments_unfavorable)
        SELECT department, channel, survey, day, standard, 0, 0, 0, 0,
          SUM(CASE favorable WHEN 1 THEN comments ELSE 0 END), SUM(CASE favorable WHEN 1 THEN 0 ELSE comments END)
        FROM comment_cube WHERE true GROUP BY department, channel, survey, day, standard
        ON CONFLICT (department, channel, survey, day, standard) DO UPDATE SET
          comments_favorable = excluded.comments_favorable, comments_unfavorable = excluded.comments_unfavorable;

DROP TABLE comment_cube;

ALTER TABLE verified_rollup_cube ADD COLUMN comments_favorable INTEGER NOT NULL DEFAULT 0;

ALTER TABLE verified_rollup_cube ADD COLUMN comments_unfavorable INTEGER NOT NULL DEFAULT 0;

INSERT INTO verified_rollup_cube (department, channel, survey, day, standard, n, favorable, sum_v, sum_v2,
          comments_favorable, comments_unfavorable)
        SELECT department, channel, survey, day, standard, 0, 0, 0, 0,
          SUM(CASE favorable WHEN 1 THEN comments ELSE 0 END), SUM(CASE favorable WHEN 1 THEN 0 ELSE comments END)
        FROM verified_comment_cube WHERE true GROUP BY department, channel, survey, day, standard
        ON CONFLICT (department, channel, survey, day, standard) DO UPDATE SET
          comments_favorable = excluded.comments_favorable, comments_unfavorable = excluded.comments_unfavorable;

DROP TABLE verified_comment_cube;

-- A fold an older release left half done still writes its comment counts
-- as that release did, one statement per piece of the comment cube, but
-- into these columns (counter-fold.ts): its steps must be cut as that
-- release cut them. New folds record `comment_cube` 0.
ALTER TABLE counter_fold ADD COLUMN comment_cube INTEGER NOT NULL DEFAULT 1;
