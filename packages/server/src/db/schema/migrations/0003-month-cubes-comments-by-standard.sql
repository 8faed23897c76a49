-- Migration 3: month cubes for the department comparison, comments by standard
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- The rollup and count cubes again by calendar month, keyed so that one
-- range scan over (channel, survey, month) gives every department: a
-- year compared across 30 departments reads ~4,000 month rows instead
-- of ~120,000 day rows (ranges take whole months here, the ragged ends
-- from the day cubes). Written by the response writer, summed per batch.
CREATE TABLE month_rollup_cube (
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        month TEXT NOT NULL,
        department TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL,
        PRIMARY KEY (channel, survey, month, department, standard)
      ) WITHOUT ROWID;

CREATE TABLE month_count_cube (
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        month TEXT NOT NULL,
        department TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (channel, survey, month, department)
      ) WITHOUT ROWID;

INSERT INTO month_rollup_cube (channel, survey, month, department, standard, n, favorable, sum_v, sum_v2)
        SELECT channel, survey, substr(day, 1, 7), department, standard, SUM(n), SUM(favorable), SUM(sum_v), SUM(sum_v2)
        FROM rollup_cube GROUP BY channel, survey, substr(day, 1, 7), department, standard;

INSERT INTO month_count_cube (channel, survey, month, department, responses, comments)
        SELECT channel, survey, substr(day, 1, 7), department, SUM(responses), SUM(comments)
        FROM count_cube GROUP BY channel, survey, substr(day, 1, 7), department;

-- One row per commented response and standard it counts for, with
-- whether it was favourable and the filter columns: comments about one
-- standard (and of one tone) come newest first off an index, never from
-- scoring a year of answers. The comments a database already holds are
-- filed by the backfill of this migration (comment-standards-backfill.ts),
-- which needs the scoring library.
CREATE TABLE comment_standards (
        standard TEXT NOT NULL,
        received_at TEXT NOT NULL,
        id TEXT NOT NULL,
        favorable INTEGER NOT NULL,
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        PRIMARY KEY (standard, received_at, id)
      ) WITHOUT ROWID;

CREATE INDEX comment_standards_by_tone ON comment_standards (standard, favorable, received_at, id);

-- Their counts per day in the 8 cells of the cube, for a page's total.
CREATE TABLE comment_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        standard TEXT NOT NULL,
        day TEXT NOT NULL,
        favorable INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, survey, standard, day, favorable)
      ) WITHOUT ROWID;
