-- Migration 13: a commented response's tones on its own row
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- A commented response was filed under every standard it counts for
-- (migration 3): 3 or 4 rows of comment_standards, each at the end of its
-- standard's range of the key, so every commit of a fold dirtied pages all
-- over that table. It was a quarter of the writer's time with diverse
-- contexts. Now the response's row says it: `tones` holds a token per
-- standard it counts for, the standard and `+` (favourable) or `-`, each
-- between spaces (' listening+ positivity- '), NULL without a comment.
-- Comments about one standard are read off the days that hold them in
-- comment_cube, which still counts them (docs/design.md §10).
ALTER TABLE responses ADD COLUMN tones TEXT;

-- The comments already filed: their tones as filed. A response still in
-- the counters' backlog is not filed yet; its tones come from its answers
-- (the backfill of this migration, comment-tones-backfill.ts).
UPDATE responses SET tones = filed.tones
  FROM (SELECT id, ' ' || group_concat(standard || CASE favorable WHEN 1 THEN '+' ELSE '-' END, ' ') || ' ' AS tones
          FROM comment_standards GROUP BY id) AS filed
  WHERE responses.id = filed.id;

-- Emptied, and no longer read. A fold an older release left half done
-- still files its comments here as it goes (counter-fold.ts): its steps
-- must be cut as that release cut them. New folds record
-- `files_comments` 0 and never write these tables.
DROP TABLE comment_standards;

CREATE TABLE comment_standards (
        standard TEXT NOT NULL,
        received_at TEXT NOT NULL,
        id TEXT NOT NULL,
        favorable INTEGER NOT NULL,
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        PRIMARY KEY (standard, favorable, received_at, id)
      ) WITHOUT ROWID;

DROP TABLE verified_comment_standards;

CREATE TABLE verified_comment_standards (
        standard TEXT NOT NULL,
        received_at TEXT NOT NULL,
        id TEXT NOT NULL,
        favorable INTEGER NOT NULL,
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        PRIMARY KEY (standard, favorable, received_at, id)
      ) WITHOUT ROWID;

ALTER TABLE counter_fold ADD COLUMN files_comments INTEGER NOT NULL DEFAULT 1;
