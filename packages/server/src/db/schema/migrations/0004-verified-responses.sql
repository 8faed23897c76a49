-- Migration 4: offers for the response rate, single-use invitations, verified responses
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- How often a survey was put before a resident (a widget seen, a hosted page
-- opened, an invitation made), per day in the 8 cells of the cube like
-- count_cube, so `offered` beside any filters of a scores answer is one
-- range scan. Counts only: nothing that tells one resident from another.
CREATE TABLE offer_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        offers INTEGER NOT NULL,
        PRIMARY KEY (department, channel, survey, day)
      ) WITHOUT ROWID;

-- A response that answered an invitation (docs/design.md §9).
ALTER TABLE responses ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;

-- Newest-first verified comments and the verified export, off their own
-- partial indexes rather than a pass over every row.
CREATE INDEX responses_verified ON responses (received_at, id) WHERE verified = 1;

CREATE INDEX responses_verified_with_comment ON responses (received_at, id) WHERE verified = 1 AND comment IS NOT NULL;

-- Each invitation answered, by the signature of its token, and the
-- response that answered it: a second response on it is refused.
CREATE TABLE used_invitations (
        invitation TEXT PRIMARY KEY,
        response_id TEXT NOT NULL
      ) WITHOUT ROWID;

-- The response is verified in the statement that marks its invitation
-- used, so the writer's insert of rows stays that of every response.
CREATE TRIGGER used_invitations_verify AFTER INSERT ON used_invitations BEGIN
        UPDATE responses SET verified = 1 WHERE id = NEW.response_id;
      END;

-- Secrets the server makes for itself once, such as the key that signs
-- invitations when MV_SECRET is not set, so every process on one database
-- agrees. The signing key is made by the backfill of this migration
-- (server-secrets.ts).
CREATE TABLE server_secrets (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

-- The verified responses' own counters (those answering an invitation,
-- docs/design.md §9): the twin of every table above and of migrations 1-3
-- that counts responses or offers, with the same columns, keys, triggers
-- and indexes under the `verified_` prefix. A staff read with
-- `verified=true` reads the twins with the same SQL (verified-twin.ts
-- renames it), so it is as fast as any other. The twins start empty: no
-- response was verified before invitations existed.
CREATE TABLE verified_daily_rollups (
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL,
        alpha TEXT,
        PRIMARY KEY (day, department, channel, survey, standard)
      ) WITHOUT ROWID;

CREATE TABLE verified_daily_counts (
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (day, department, channel, survey)
      ) WITHOUT ROWID;

CREATE TABLE verified_rollup_cube (
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

CREATE TABLE verified_count_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        day TEXT NOT NULL,
        survey TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, day, survey)
      ) WITHOUT ROWID;

CREATE TRIGGER verified_daily_rollups_insert_cube AFTER INSERT ON verified_daily_rollups BEGIN
        INSERT INTO verified_rollup_cube (department, channel, survey, day, standard, n, favorable, sum_v, sum_v2) VALUES
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

CREATE TRIGGER verified_daily_rollups_update_cube AFTER UPDATE ON verified_daily_rollups BEGIN
        INSERT INTO verified_rollup_cube (department, channel, survey, day, standard, n, favorable, sum_v, sum_v2) VALUES
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

CREATE TRIGGER verified_daily_rollups_delete_cube AFTER DELETE ON verified_daily_rollups BEGIN
        INSERT INTO verified_rollup_cube (department, channel, survey, day, standard, n, favorable, sum_v, sum_v2) VALUES
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

CREATE TRIGGER verified_daily_counts_insert_cube AFTER INSERT ON verified_daily_counts BEGIN
        INSERT INTO verified_count_cube (department, channel, day, survey, responses, comments) VALUES
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

CREATE TRIGGER verified_daily_counts_update_cube AFTER UPDATE ON verified_daily_counts BEGIN
        INSERT INTO verified_count_cube (department, channel, day, survey, responses, comments) VALUES
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

CREATE TRIGGER verified_daily_counts_delete_cube AFTER DELETE ON verified_daily_counts BEGIN
        INSERT INTO verified_count_cube (department, channel, day, survey, responses, comments) VALUES
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

CREATE INDEX verified_daily_rollups_with_alpha ON verified_daily_rollups (day) WHERE alpha IS NOT NULL;

CREATE TABLE verified_month_rollup_cube (
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

CREATE TABLE verified_month_count_cube (
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        month TEXT NOT NULL,
        department TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (channel, survey, month, department)
      ) WITHOUT ROWID;

CREATE TABLE verified_comment_standards (
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

CREATE INDEX verified_comment_standards_by_tone ON verified_comment_standards (standard, favorable, received_at, id);

CREATE TABLE verified_comment_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        standard TEXT NOT NULL,
        day TEXT NOT NULL,
        favorable INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, survey, standard, day, favorable)
      ) WITHOUT ROWID;

CREATE TABLE verified_offer_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        offers INTEGER NOT NULL,
        PRIMARY KEY (department, channel, survey, day)
      ) WITHOUT ROWID;
