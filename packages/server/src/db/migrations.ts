import type { Transaction } from '@libsql/client';
import type { Catalogue } from '@mv-feedback/scoring';
import { backfillCommentStandards } from './comment-standards-backfill.js';
import { makeInvitationSecret } from './server-secrets.js';
import { verifiedTwinSchema } from './verified-twin.js';

/**
 * The database's versioned migrations, applied in order and recorded in
 * `schema_migrations`. Append only: a migration that has shipped never changes.
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
  /**
   * Work SQL alone cannot do, run after the statements in the same
   * transaction: filling a new table from rows only the scoring library can read.
   */
  backfill?: (tx: Transaction, catalogue: Catalogue) => Promise<void>;
}

// Versions 1 to 3, whose statements version 4 twins.
const firstThree: Migration[] = [
  {
    version: 1,
    name: 'responses, daily rollups and staff tokens',
    statements: [
      // One row per acknowledged submission. `id` is the client's UUID, so a
      // retried submission can never make a second row. `day` is the day of
      // receipt in the city's time zone, fixed when stored.
      `CREATE TABLE responses (
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
      )`,
      `CREATE INDEX responses_by_day ON responses (day, department, channel, survey)`,
      `CREATE INDEX responses_by_received_at ON responses (received_at)`,
      // The counters of the scoring library (n, favourable, Σv, Σv², α sums as
      // JSON) per day, department, channel, survey and standard; updated in the
      // transaction that stores each response, so scores never read raw rows.
      `CREATE TABLE daily_rollups (
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
      ) WITHOUT ROWID`,
      // Responses and comments per day, department, channel and survey: the
      // totals a scores answer gives beside the per-standard figures.
      `CREATE TABLE daily_counts (
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (day, department, channel, survey)
      ) WITHOUT ROWID`,
      `CREATE TABLE staff_tokens (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('viewer', 'admin')),
        department TEXT,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      )`,
    ],
  },
  {
    version: 2,
    name: 'rollup cubes and indexes for fast staff queries',
    statements: [
      // Every rollup again under '*' for each of department, channel and survey
      // (the 8 cells of a data cube), so a staff query with any filters reads one
      // row per day and standard: a year of 1,000,000 responses is ~4,000 rows
      // instead of ~250,000 (~120 ms). Kept by triggers inside the writing
      // transaction, so the rollup writer stays the only writer and the cube
      // cannot drift from the rollups. Plain VALUES rows in the trigger bodies
      // keep the cost of compiling them into each writing statement low.
      `CREATE TABLE rollup_cube (
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
      ) WITHOUT ROWID`,
      // Counts keep each survey beside '*', since a comment is filed under the
      // standard of its survey's comment prompt.
      `CREATE TABLE count_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        day TEXT NOT NULL,
        survey TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, day, survey)
      ) WITHOUT ROWID`,
      `CREATE TRIGGER daily_rollups_insert_cube AFTER INSERT ON daily_rollups BEGIN
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
      END`,
      `CREATE TRIGGER daily_rollups_update_cube AFTER UPDATE ON daily_rollups BEGIN
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
      END`,
      `CREATE TRIGGER daily_rollups_delete_cube AFTER DELETE ON daily_rollups BEGIN
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
      END`,
      `CREATE TRIGGER daily_counts_insert_cube AFTER INSERT ON daily_counts BEGIN
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
      END`,
      `CREATE TRIGGER daily_counts_update_cube AFTER UPDATE ON daily_counts BEGIN
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
      END`,
      `CREATE TRIGGER daily_counts_delete_cube AFTER DELETE ON daily_counts BEGIN
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
      END`,
      // Fill the cubes from what a version-1 database already holds.
      `INSERT INTO rollup_cube (department, channel, survey, day, standard, n, favorable, sum_v, sum_v2)
        SELECT CASE WHEN da.all_ THEN '*' ELSE r.department END, CASE WHEN ca.all_ THEN '*' ELSE r.channel END, CASE WHEN sa.all_ THEN '*' ELSE r.survey END, r.day, r.standard,
          SUM(r.n), SUM(r.favorable), SUM(r.sum_v), SUM(r.sum_v2)
        FROM daily_rollups AS r,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS da,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS ca,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS sa
        GROUP BY 1, 2, 3, 4, 5`,
      `INSERT INTO count_cube (department, channel, day, survey, responses, comments)
        SELECT CASE WHEN da.all_ THEN '*' ELSE r.department END, CASE WHEN ca.all_ THEN '*' ELSE r.channel END, r.day, CASE WHEN sa.all_ THEN '*' ELSE r.survey END,
          SUM(r.responses), SUM(r.comments)
        FROM daily_counts AS r,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS da,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS ca,
          (SELECT 0 AS all_ UNION ALL SELECT 1) AS sa
        GROUP BY 1, 2, 3, 4`,
      // Cronbach's α sums exist only for standards with several items; scores merge them from these rows alone.
      `CREATE INDEX daily_rollups_with_alpha ON daily_rollups (day) WHERE alpha IS NOT NULL`,
      // Keyset pages of the CSV export and newest-first comment lists, in (received_at, id) order.
      `CREATE INDEX responses_by_received_at_id ON responses (received_at, id)`,
      `CREATE INDEX responses_with_comment ON responses (received_at, id) WHERE comment IS NOT NULL`,
    ],
  },
  {
    version: 3,
    name: 'month cubes for the department comparison, comments by standard',
    statements: [
      // The rollup and count cubes again by calendar month, keyed so that one
      // range scan over (channel, survey, month) gives every department: a
      // year compared across 30 departments reads ~4,000 month rows instead
      // of ~120,000 day rows (ranges take whole months here, the ragged ends
      // from the day cubes). Written by the response writer, summed per batch.
      `CREATE TABLE month_rollup_cube (
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
      ) WITHOUT ROWID`,
      `CREATE TABLE month_count_cube (
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        month TEXT NOT NULL,
        department TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (channel, survey, month, department)
      ) WITHOUT ROWID`,
      `INSERT INTO month_rollup_cube (channel, survey, month, department, standard, n, favorable, sum_v, sum_v2)
        SELECT channel, survey, substr(day, 1, 7), department, standard, SUM(n), SUM(favorable), SUM(sum_v), SUM(sum_v2)
        FROM rollup_cube GROUP BY channel, survey, substr(day, 1, 7), department, standard`,
      `INSERT INTO month_count_cube (channel, survey, month, department, responses, comments)
        SELECT channel, survey, substr(day, 1, 7), department, SUM(responses), SUM(comments)
        FROM count_cube GROUP BY channel, survey, substr(day, 1, 7), department`,
      // One row per commented response and standard it counts for, with
      // whether it was favourable and the filter columns: comments about one
      // standard (and of one tone) come newest first off an index, never from
      // scoring a year of answers.
      `CREATE TABLE comment_standards (
        standard TEXT NOT NULL,
        received_at TEXT NOT NULL,
        id TEXT NOT NULL,
        favorable INTEGER NOT NULL,
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        PRIMARY KEY (standard, received_at, id)
      ) WITHOUT ROWID`,
      `CREATE INDEX comment_standards_by_tone ON comment_standards (standard, favorable, received_at, id)`,
      // Their counts per day in the 8 cells of the cube, for a page's total.
      `CREATE TABLE comment_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        standard TEXT NOT NULL,
        day TEXT NOT NULL,
        favorable INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, survey, standard, day, favorable)
      ) WITHOUT ROWID`,
    ],
    backfill: backfillCommentStandards,
  },
];

// How often a survey was put before a resident (a widget seen, a hosted page
// opened, an invitation made), per day in the 8 cells of the cube like
// count_cube, so `offered` beside any filters of a scores answer is one
// range scan. Counts only: nothing that tells one resident from another.
const OFFER_CUBE = `CREATE TABLE offer_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        offers INTEGER NOT NULL,
        PRIMARY KEY (department, channel, survey, day)
      ) WITHOUT ROWID`;

// ---- Migration 5: its SQL whole, in one place (docs/design.md §15 and §12) ----
const MIGRATION_5: string[] = [
  // A token may expire (`token create --expires-days N`); its last use is kept
  // to the minute so `token list` can show what is still in use.
  `ALTER TABLE staff_tokens ADD COLUMN expires_at TEXT`,
  `ALTER TABLE staff_tokens ADD COLUMN last_used_at TEXT`,
  // Who (the token's name, or "cli:<user>" for the command line) did what and
  // when; `detail` is JSON of what was asked, never the personal data revealed.
  `CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      )`,
];
// ---- end of migration 5 ----

export const migrations: Migration[] = [
  ...firstThree,
  {
    version: 4,
    name: 'offers for the response rate, single-use invitations, verified responses',
    statements: [
      OFFER_CUBE,
      // A response that answered an invitation (SPEC 9).
      `ALTER TABLE responses ADD COLUMN verified INTEGER NOT NULL DEFAULT 0`,
      // Newest-first verified comments and the verified export, off their own
      // partial indexes rather than a pass over every row.
      `CREATE INDEX responses_verified ON responses (received_at, id) WHERE verified = 1`,
      `CREATE INDEX responses_verified_with_comment ON responses (received_at, id) WHERE verified = 1 AND comment IS NOT NULL`,
      // Each invitation answered, by the signature of its token, and the
      // response that answered it: a second response on it is refused.
      `CREATE TABLE used_invitations (
        invitation TEXT PRIMARY KEY,
        response_id TEXT NOT NULL
      ) WITHOUT ROWID`,
      // The response is verified in the statement that marks its invitation
      // used, so the writer's insert of rows stays that of every response.
      `CREATE TRIGGER used_invitations_verify AFTER INSERT ON used_invitations BEGIN
        UPDATE responses SET verified = 1 WHERE id = NEW.response_id;
      END`,
      // Secrets the server makes for itself once, such as the key that signs
      // invitations when MV_SECRET is not set, so every process on one database agrees.
      `CREATE TABLE server_secrets (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID`,
      // The verified responses' own counters: the twin of every table above that counts responses or offers.
      ...verifiedTwinSchema([...firstThree.flatMap((m) => m.statements), OFFER_CUBE]),
    ],
    backfill: makeInvitationSecret,
  },
  {
    version: 5,
    name: 'expiring staff tokens with last use, the audit log',
    statements: MIGRATION_5,
  },
];
