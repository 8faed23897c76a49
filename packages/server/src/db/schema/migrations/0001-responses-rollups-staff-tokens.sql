-- Migration 1: responses, daily rollups and staff tokens
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- One row per acknowledged submission. `id` is the client's UUID, so a
-- retried submission can never make a second row. `day` is the day of
-- receipt in the city's time zone, fixed when stored.
CREATE TABLE responses (
        id TEXT PRIMARY KEY,
        received_at TEXT NOT NULL,
        day TEXT NOT NULL,
        survey TEXT NOT NULL,
        locale TEXT NOT NULL,
        department TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT '',
        interaction TEXT,
        page TEXT,
        answers TEXT NOT NULL,
        comment TEXT,
        content_hash TEXT NOT NULL
      );

CREATE INDEX responses_by_day ON responses (day, department, channel, survey);

CREATE INDEX responses_by_received_at ON responses (received_at);

-- The counters of the scoring library (n, favourable, Σv, Σv², α sums as
-- JSON) per day, department, channel, survey and standard; updated in the
-- transaction that stores each response, so scores never read raw rows.
CREATE TABLE daily_rollups (
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

-- Responses and comments per day, department, channel and survey: the
-- totals a scores answer gives beside the per-standard figures.
CREATE TABLE daily_counts (
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (day, department, channel, survey)
      ) WITHOUT ROWID;

CREATE TABLE staff_tokens (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('viewer', 'admin')),
        department TEXT,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
