-- Migration 2: rollup cubes and indexes for fast staff queries
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- Every rollup again under '*' for each of department, channel and survey
-- (the 8 cells of a data cube), so a staff query with any filters reads one
-- row per day and standard: a year of 1,000,000 responses is ~4,000 rows
-- instead of ~250,000 (~120 ms). Kept by triggers inside the writing
-- transaction, so the rollup writer stays the only writer and the cube
-- cannot drift from the rollups. Plain VALUES rows in the trigger bodies
-- keep the cost of compiling them into each writing statement low.
CREATE TABLE rollup_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL,
        PRIMARY KEY (department, channel, survey, day, standard)
      ) WITHOUT ROWID;

-- Counts keep each survey beside '*', since a comment is filed under the
-- standard of its survey's comment prompt.
CREATE TABLE count_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        day TEXT NOT NULL,
        survey TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, day, survey)
      ) WITHOUT ROWID;

CREATE TRIGGER daily_rollups_insert_cube AFTER INSERT ON daily_rollups BEGIN
        INSERT INTO rollup_cube (department, channel, survey, day, standard, n, favorable, sum_v, sum_v2) VALUES
          (NEW.department, NEW.channel, NEW.survey, NEW.day, NEW.standard, NEW.n, NEW.favorable, NEW.sum_v, NEW.sum_v2),
          (NEW.department, NEW.channel, '*', NEW.day, NEW.standard, NEW.n, NEW.favorable, NEW.sum_v, NEW.sum_v2),
          (NEW.department, '*', NEW.survey, NEW.day, NEW.standard, NEW.n, NEW.favorable, NEW.sum_v, NEW.sum_v2),
          (NEW.department, '*', '*', NEW.day, NEW.standard, NEW.n, NEW.favorable, NEW.sum_v, NEW.sum_v2),
          ('*', NEW.channel, NEW.survey, NEW.day, NEW.standard, NEW.n, NEW.favorable, NEW.sum_v, NEW.sum_v2),
          ('*', NEW.channel, '*', NEW.day, NEW.standard, NEW.n, NEW.favorable, NEW.sum_v, NEW.sum_v2),
          ('*', '*', NEW.survey, NEW.day, NEW.standard, NEW.n, NEW.favorable, NEW.sum_v, NEW.sum_v2),
          ('*', '*', '*', NEW.day, NEW.standard, NEW.n, NEW.favorable, NEW.sum_v, NEW.sum_v2)
        ON CONFLICT DO UPDATE SET n = n + excluded.n, favorable = favorable + excluded.favorable, sum_v = sum_v + excluded.sum_v, sum_v2 = sum_v2 + excluded.sum_v2;
      END;

CREATE TRIGGER daily_rollups_update_cube AFTER UPDATE ON daily_rollups BEGIN
        INSERT INTO rollup_cube (department, channel, survey, day, standard, n, favorable, sum_v, sum_v2) VALUES
          (NEW.department, NEW.channel, NEW.survey, NEW.day, NEW.standard, NEW.n - OLD.n, NEW.favorable - OLD.favorable, NEW.sum_v - OLD.sum_v, NEW.sum_v2 - OLD.sum_v2),
          (NEW.department, NEW.channel, '*', NEW.day, NEW.standard, NEW.n - OLD.n, NEW.favorable - OLD.favorable, NEW.sum_v - OLD.sum_v, NEW.sum_v2 - OLD.sum_v2),
          (NEW.department, '*', NEW.survey, NEW.day, NEW.standard, NEW.n - OLD.n, NEW.favorable - OLD.favorable, NEW.sum_v - OLD.sum_v, NEW.sum_v2 - OLD.sum_v2),
          (NEW.department, '*', '*', NEW.day, NEW.standard, NEW.n - OLD.n, NEW.favorable - OLD.favorable, NEW.sum_v - OLD.sum_v, NEW.sum_v2 - OLD.sum_v2),
          ('*', NEW.channel, NEW.survey, NEW.day, NEW.standard, NEW.n - OLD.n, NEW.favorable - OLD.favorable, NEW.sum_v - OLD.sum_v, NEW.sum_v2 - OLD.sum_v2),
          ('*', NEW.channel, '*', NEW.day, NEW.standard, NEW.n - OLD.n, NEW.favorable - OLD.favorable, NEW.sum_v - OLD.sum_v, NEW.sum_v2 - OLD.sum_v2),
          ('*', '*', NEW.survey, NEW.day, NEW.standard, NEW.n - OLD.n, NEW.favorable - OLD.favorable, NEW.sum_v - OLD.sum_v, NEW.sum_v2 - OLD.sum_v2),
          ('*', '*', '*', NEW.day, NEW.standard, NEW.n - OLD.n, NEW.favorable - OLD.favorable, NEW.sum_v - OLD.sum_v, NEW.sum_v2 - OLD.sum_v2)
        ON CONFLICT DO UPDATE SET n = n + excluded.n, favorable = favorable + excluded.favorable, sum_v = sum_v + excluded.sum_v, sum_v2 = sum_v2 + excluded.sum_v2;
      END;

CREATE TRIGGER daily_rollups_delete_cube AFTER DELETE ON daily_rollups BEGIN
        INSERT INTO rollup_cube (department, channel, survey, day, standard, n, favorable, sum_v, sum_v2) VALUES
          (OLD.department, OLD.channel, OLD.survey, OLD.day, OLD.standard, -OLD.n, -OLD.favorable, -OLD.sum_v, -OLD.sum_v2),
          (OLD.department, OLD.channel, '*', OLD.day, OLD.standard, -OLD.n, -OLD.favorable, -OLD.sum_v, -OLD.sum_v2),
          (OLD.department, '*', OLD.survey, OLD.day, OLD.standard, -OLD.n, -OLD.favorable, -OLD.sum_v, -OLD.sum_v2),
          (OLD.department, '*', '*', OLD.day, OLD.standard, -OLD.n, -OLD.favorable, -OLD.sum_v, -OLD.sum_v2),
          ('*', OLD.channel, OLD.survey, OLD.day, OLD.standard, -OLD.n, -OLD.favorable, -OLD.sum_v, -OLD.sum_v2),
          ('*', OLD.channel, '*', OLD.day, OLD.standard, -OLD.n, -OLD.favorable, -OLD.sum_v, -OLD.sum_v2),
          ('*', '*', OLD.survey, OLD.day, OLD.standard, -OLD.n, -OLD.favorable, -OLD.sum_v, -OLD.sum_v2),
          ('*', '*', '*', OLD.day, OLD.standard, -OLD.n, -OLD.favorable, -OLD.sum_v, -OLD.sum_v2)
        ON CONFLICT DO UPDATE SET n = n + excluded.n, favorable = favorable + excluded.favorable, sum_v = sum_v + excluded.sum_v, sum_v2 = sum_v2 + excluded.sum_v2;
      END;

CREATE TRIGGER daily_counts_insert_cube AFTER INSERT ON daily_counts BEGIN
        INSERT INTO count_cube (department, channel, day, survey, responses, comments) VALUES
          (NEW.department, NEW.channel, NEW.day, NEW.survey, NEW.responses, NEW.comments),
          (NEW.department, NEW.channel, NEW.day, '*', NEW.responses, NEW.comments),
          (NEW.department, '*', NEW.day, NEW.survey, NEW.responses, NEW.comments),
          (NEW.department, '*', NEW.day, '*', NEW.responses, NEW.comments),
          ('*', NEW.channel, NEW.day, NEW.survey, NEW.responses, NEW.comments),
          ('*', NEW.channel, NEW.day, '*', NEW.responses, NEW.comments),
          ('*', '*', NEW.day, NEW.survey, NEW.responses, NEW.comments),
          ('*', '*', NEW.day, '*', NEW.responses, NEW.comments)
        ON CONFLICT DO UPDATE SET responses = responses + excluded.responses, comments = comments + excluded.comments;
      END;

CREATE TRIGGER daily_counts_update_cube AFTER UPDATE ON daily_counts BEGIN
        INSERT INTO count_cube (department, channel, day, survey, responses, comments) VALUES
          (NEW.department, NEW.channel, NEW.day, NEW.survey, NEW.responses - OLD.responses, NEW.comments - OLD.comments),
          (NEW.department, NEW.channel, NEW.day, '*', NEW.responses - OLD.responses, NEW.comments - OLD.comments),
          (NEW.department, '*', NEW.day, NEW.survey, NEW.responses - OLD.responses, NEW.comments - OLD.comments),
          (NEW.department, '*', NEW.day, '*', NEW.responses - OLD.responses, NEW.comments - OLD.comments),
          ('*', NEW.channel, NEW.day, NEW.survey, NEW.responses - OLD.responses, NEW.comments - OLD.comments),
          ('*', NEW.channel, NEW.day, '*', NEW.responses - OLD.responses, NEW.comments - OLD.comments),
          ('*', '*', NEW.day, NEW.survey, NEW.responses - OLD.responses, NEW.comments - OLD.comments),
          ('*', '*', NEW.day, '*', NEW.responses - OLD.responses, NEW.comments - OLD.comments)
        ON CONFLICT DO UPDATE SET responses = responses + excluded.responses, comments = comments + excluded.comments;
      END;

CREATE TRIGGER daily_counts_delete_cube AFTER DELETE ON daily_counts BEGIN
        INSERT INTO count_cube (department, channel, day, survey, responses, comments) VALUES
          (OLD.department, OLD.channel, OLD.day, OLD.survey, -OLD.responses, -OLD.comments),
          (OLD.department, OLD.channel, OLD.day, '*', -OLD.responses, -OLD.comments),
          (OLD.department, '*', OLD.day, OLD.survey, -OLD.responses, -OLD.comments),
          (OLD.department, '*', OLD.day, '*', -OLD.responses, -OLD.comments),
          ('*', OLD.channel, OLD.day, OLD.survey, -OLD.responses, -OLD.comments),
          ('*', OLD.channel, OLD.day, '*', -OLD.responses, -OLD.comments),
          ('*', '*', OLD.day, OLD.survey, -OLD.responses, -OLD.comments),
          ('*', '*', OLD.day, '*', -OLD.responses, -OLD.comments)
        ON CONFLICT DO UPDATE SET responses = responses + excluded.responses, comments = comments + excluded.comments;
      END;

-- Fill the cubes from what a version-1 database already holds.
INSERT INTO rollup_cube (department, channel, survey, day, standard, n, favorable, sum_v, sum_v2)
        SELECT CASE WHEN da.all_ THEN '*' ELSE r.department END, CASE WHEN ca.all_ THEN '*' ELSE r.channel END, CASE WHEN sa.all_ THEN '*' ELSE r.survey END, r.day, r.standard,
          SUM(r.n), SUM(r.favorable), SUM(r.sum_v), SUM(r.sum_v2)
        FROM daily_rollups AS r,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS da,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS ca,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS sa
        GROUP BY 1, 2, 3, 4, 5;

INSERT INTO count_cube (department, channel, day, survey, responses, comments)
        SELECT CASE WHEN da.all_ THEN '*' ELSE r.department END, CASE WHEN ca.all_ THEN '*' ELSE r.channel END, r.day, CASE WHEN sa.all_ THEN '*' ELSE r.survey END,
          SUM(r.responses), SUM(r.comments)
        FROM daily_counts AS r,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS da,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS ca,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS sa
        GROUP BY 1, 2, 3, 4;

-- Cronbach's α sums exist only for standards with several items; scores merge them from these rows alone.
CREATE INDEX daily_rollups_with_alpha ON daily_rollups (day) WHERE alpha IS NOT NULL;

-- Keyset pages of the CSV export and newest-first comment lists, in (received_at, id) order.
CREATE INDEX responses_by_received_at_id ON responses (received_at, id);

CREATE INDEX responses_with_comment ON responses (received_at, id) WHERE comment IS NOT NULL;
