-- Migration 8: the language cube, so a language's scores read counters, not responses
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- The rollup and count cubes again with the response language after the
-- day (one range scan gives every language of a slice), for every
-- language but English (docs/design.md §14): English is the
-- cubes' totals less the rest, so an English response writes nothing here
-- and a language's year reads ~4,000 rows instead of scoring its responses.
-- The 8 cells of department, channel and survey as in migration 2, per day,
-- summed per batch by the writer; its verified twins alike. Filled from the
-- stored responses by this migration's backfill (language-cube-backfill.ts),
-- which needs the scoring library.
CREATE TABLE language_rollup_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        locale TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL,
        PRIMARY KEY (department, channel, survey, day, locale, standard)
      ) WITHOUT ROWID;

-- Counts keep each survey beside '*', as count_cube does: a comment is
-- filed under the standard of its survey's comment prompt.
CREATE TABLE language_count_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        day TEXT NOT NULL,
        survey TEXT NOT NULL,
        locale TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, day, survey, locale)
      ) WITHOUT ROWID;

-- Cronbach's α sums of the cells with every dimension given, for the
-- standards that have them, as daily_rollups keeps them (merged in
-- JavaScript, never summed in SQL); only one language's scores read them.
CREATE TABLE language_alpha (
        locale TEXT NOT NULL,
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        standard TEXT NOT NULL,
        alpha TEXT,
        PRIMARY KEY (locale, day, department, channel, survey, standard)
      ) WITHOUT ROWID;

CREATE TABLE verified_language_rollup_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        locale TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL,
        PRIMARY KEY (department, channel, survey, day, locale, standard)
      ) WITHOUT ROWID;

CREATE TABLE verified_language_count_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        day TEXT NOT NULL,
        survey TEXT NOT NULL,
        locale TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, day, survey, locale)
      ) WITHOUT ROWID;

CREATE TABLE verified_language_alpha (
        locale TEXT NOT NULL,
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        standard TEXT NOT NULL,
        alpha TEXT,
        PRIMARY KEY (locale, day, department, channel, survey, standard)
      ) WITHOUT ROWID;

-- Fill the count cubes from the responses a database already holds, each
-- response in its 8 cells (a comment erased by the retention purge before
-- this migration is no longer counted here).
INSERT INTO language_count_cube (department, channel, day, survey, locale, responses, comments)
        WITH cells(any_department, any_channel, any_survey) AS (
          VALUES (0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)
        )
        SELECT CASE WHEN any_department THEN '*' ELSE r.department END,
          CASE WHEN any_channel THEN '*' ELSE r.channel END,
          r.day,
          CASE WHEN any_survey THEN '*' ELSE r.survey END,
          r.locale,
          count(*), count(r.comment)
        FROM responses AS r CROSS JOIN cells
        WHERE r.locale <> 'en'
        GROUP BY 1, 2, 3, 4, 5;

INSERT INTO verified_language_count_cube (department, channel, day, survey, locale, responses, comments)
        WITH cells(any_department, any_channel, any_survey) AS (
          VALUES (0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)
        )
        SELECT CASE WHEN any_department THEN '*' ELSE r.department END,
          CASE WHEN any_channel THEN '*' ELSE r.channel END,
          r.day,
          CASE WHEN any_survey THEN '*' ELSE r.survey END,
          r.locale,
          count(*), count(r.comment)
        FROM responses AS r CROSS JOIN cells
        WHERE r.locale <> 'en' AND r.verified = 1
        GROUP BY 1, 2, 3, 4, 5;
