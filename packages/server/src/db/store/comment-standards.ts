import type { InValue } from '@libsql/client';
import {
  responseContributions,
  type Answers,
  type Catalogue,
  type StandardContribution,
  type Survey,
} from '@mv-feedback/scoring';
import { cubeSums } from './cube-cells.js';
import {
  PAUSE,
  SummedRows,
  chunked,
  placeholders,
  upsertSums,
  withoutPauses,
  type FoldItem,
  type SqlStatement,
} from './sql-batches.js';

/** A commented response as stored: where and when, and its answers. */
export interface CommentedResponse {
  id: string;
  receivedAt: string;
  day: string;
  department: string;
  channel: string;
  survey: Survey;
  answers: Answers;
}

const COLUMNS = ['standard', 'received_at', 'id', 'favorable', 'day', 'department', 'channel', 'survey'];
const insertRows = (n: number) => `INSERT INTO comment_standards (${COLUMNS.join(', ')}) VALUES ${placeholders(n, 8)}`;
const upsertCube = upsertSums(
  'comment_cube',
  ['department', 'channel', 'survey', 'standard', 'day', 'favorable'],
  ['comments'],
);
// The same rows added to the comment columns of the rollup cube that took the comment cube's place (migration 14).
const upsertIntoRollupCube = (rows: number) => `INSERT INTO rollup_cube
  (department, channel, survey, day, standard, n, favorable, sum_v, sum_v2, comments_favorable, comments_unfavorable)
  SELECT column1, column2, column3, column5, column4, 0, 0, 0, 0, column6 * column7, (1 - column6) * column7
  FROM (VALUES ${placeholders(rows, 7)}) WHERE true
  ON CONFLICT (department, channel, survey, day, standard) DO UPDATE SET
    comments_favorable = rollup_cube.comments_favorable + excluded.comments_favorable,
    comments_unfavorable = rollup_cube.comments_unfavorable + excluded.comments_unfavorable`;

/** Where the comment counts go: the comment cube until migration 14, the rollup cube's comment columns since. */
export type CommentCounts = 'comment_cube' | 'rollup_cube';

/**
 * Commented responses as releases before migration 14 counted them, added
 * up one response at a time: under every standard each counts for, the
 * per-day counts in the 8 cells of `comment_cube`, and before migration 13
 * a `comment_standards` row each, with whether it was favourable (migration
 * 3). A fold an older release began still writes them so (its steps must be
 * cut as that release cut them), the counts into `rollup_cube` since that
 * table holds them; migration 3's backfill too. A fold adds its responses
 * in parts (counter-fold.ts).
 */
export class CommentStandardSums {
  private readonly rows: InValue[][] = [];
  private readonly byCell = new SummedRows();

  constructor(
    private readonly fileRows: boolean,
    private readonly counts: CommentCounts,
  ) {}

  add(response: Omit<CommentedResponse, 'answers'>, contributions: readonly StandardContribution[]): void {
    const { id, receivedAt, day, department, channel, survey } = response;
    for (const { standard, favorable } of contributions) {
      const flag = favorable ? 1 : 0;
      if (this.fileRows) this.rows.push([standard, receivedAt, id, flag, day, department, channel, survey.id]);
      this.byCell.add([department, channel, survey.id, standard, day, flag], [1]);
    }
  }

  /** The filed rows, if any, then the cube's cells: their spread is a piece of work of its own. */
  *statements(): Generator<FoldItem> {
    if (this.fileRows) {
      yield* chunked(this.rows, insertRows);
      yield PAUSE;
    }
    yield* chunked(
      cubeSums(this.byCell, (d, c, s, rest) => [d, c, s, ...rest]),
      this.counts === 'comment_cube' ? upsertCube : upsertIntoRollupCube,
    );
  }
}

/**
 * The statements that file commented responses under their standards as
 * migration 3 did (CommentStandardSums), for its backfill.
 *
 * @example
 * await tx.batch(commentStandardStatements(catalogue, [{ id, receivedAt, day, department, channel, survey, answers }]));
 */
export function commentStandardStatements(
  catalogue: Catalogue,
  responses: readonly CommentedResponse[],
): SqlStatement[] {
  const sums = new CommentStandardSums(true, 'comment_cube');
  for (const response of responses)
    sums.add(response, responseContributions(catalogue, response.survey, response.answers));
  return withoutPauses(sums.statements());
}
