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

/**
 * Commented responses counted under every standard each counts for, added
 * up one response at a time: the per-day counts in the 8 cells of
 * `comment_cube`. Until migration 13 each was also filed as a
 * `comment_standards` row, with whether it was favourable (migration 3);
 * `fileRows` still does that, for a fold an older release began and for
 * that migration's backfill. A fold adds its responses in parts
 * (counter-fold.ts).
 */
export class CommentStandardSums {
  private readonly rows: InValue[][] = [];
  private readonly byCell = new SummedRows();

  constructor(private readonly fileRows: boolean) {}

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
      upsertCube,
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
  const sums = new CommentStandardSums(true);
  for (const response of responses)
    sums.add(response, responseContributions(catalogue, response.survey, response.answers));
  return withoutPauses(sums.statements());
}
