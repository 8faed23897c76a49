/**
 * The tables a response is counted in beside its row, each with a twin that
 * counts verified responses only (those answering an invitation, docs/design.md §9):
 * `verified_daily_rollups` and so on, the same columns, keys, triggers and
 * indexes, written out in migration 4. A staff read with `verified=true`
 * reads the twins with the same SQL, so it is as fast as any other; each
 * verified response costs a second set of counter updates, and the cubes
 * grow by the verified share only (a verified dimension in the cubes' keys
 * would double every row instead).
 */
export const TWINNED_TABLES = [
  'daily_rollups',
  'daily_counts',
  'rollup_cube',
  'count_cube',
  'month_rollup_cube',
  'month_count_cube',
  'comment_standards',
  'offer_cube',
  'language_rollup_cube',
  'language_count_cube',
  'language_alpha',
] as const;

// A name of one of them, or of a trigger or index named after one (SQLite's own included).
const TWINNED_NAME = new RegExp(`\\b(sqlite_autoindex_)?(${TWINNED_TABLES.join('|')})(\\w*)`, 'g');

/**
 * The same SQL over the verified twins: every name of a twinned table, and
 * of its triggers and indexes, gets the `verified_` prefix; `responses` and
 * every other name stay.
 *
 * @example
 * verifiedTwin('SELECT SUM(n) FROM rollup_cube WHERE day = ?') // → 'SELECT SUM(n) FROM verified_rollup_cube WHERE day = ?'
 */
export const verifiedTwin = (sql: string): string => sql.replace(TWINNED_NAME, '$1verified_$2$3');

/**
 * `sql` as it is, or over the twins when only verified responses are asked for.
 *
 * @example
 * db.execute({ sql: overVerified(`SELECT … FROM rollup_cube …`, filters.verified), args });
 */
export const overVerified = (sql: string, verified: boolean | undefined): string =>
  verified ? verifiedTwin(sql) : sql;
