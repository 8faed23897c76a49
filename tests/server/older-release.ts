// What a release before migration 13 wrote, for the tests of upgrading a
// database it left: responses' rows without their tones, and counters that
// file each comment under its standards and count it in the comment cube.
import type { InStatement } from '@libsql/client';
import type { Catalogue } from '@mv-feedback/scoring';
import type { CommentCounts } from '../../packages/server/src/db/store/comment-standards.js';
import { CounterSums } from '../../packages/server/src/db/store/counter-sums.js';
import { countedResponse, type StoredResponseInput } from '../../packages/server/src/db/store/response-store.js';
import { withoutPauses, type SqlStatement } from '../../packages/server/src/db/store/sql-batches.js';

const ROW_COLUMNS = 13;
const row = (columns: number) => `(${Array(columns).fill('?').join(', ')})`;

/** A statement as that release ran it: a responses insert without its 13th column, the tones; any other as it is. */
export function withoutTones(statement: InStatement): InStatement {
  if (typeof statement === 'string' || !Array.isArray(statement.args) || !statement.sql.includes('INTO responses\n'))
    return statement;
  return {
    sql: statement.sql.replace(', tones)', ')').replaceAll(row(ROW_COLUMNS), row(ROW_COLUMNS - 1)),
    args: statement.args.filter((_, i) => i % ROW_COLUMNS !== ROW_COLUMNS - 1),
  };
}

/**
 * The counters of `items` in that release's order, each comment filed by
 * standard among them and counted in the comment cube's statements: into
 * that table in a database that release migrated, or `into` the rollup
 * cube's comment columns that took its place (migration 14).
 */
export function filingCounterStatements(
  items: readonly StoredResponseInput[],
  catalogue: Catalogue,
  timezone: string,
  into: CommentCounts,
): SqlStatement[] {
  const sums = new CounterSums(catalogue, { fileComments: true, into });
  for (const item of items) sums.add(countedResponse(item, timezone));
  return withoutPauses(sums.statements());
}
