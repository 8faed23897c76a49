import type { InValue } from '@libsql/client';
import {
  responseContributions,
  type Answers,
  type Catalogue,
  type StandardContribution,
  type Survey,
} from '@mv-feedback/scoring';
import { cubeSums } from './cube-cells.js';
import { SummedRows, chunked, placeholders, upsertSums, type SqlStatement } from './sql-batches.js';

/** A commented response as stored: where and when, and its answers. */
export interface CommentedResponse {
  id: string;
  receivedAt: string;
  day: string;
  department: string;
  channel: string;
  survey: Survey;
  answers: Answers;
  /** Its answers' contributions, when worked out already (they are, in a fold). */
  contributions?: readonly StandardContribution[] | undefined;
}

const COLUMNS = ['standard', 'received_at', 'id', 'favorable', 'day', 'department', 'channel', 'survey'];
const insertRows = (n: number) => `INSERT INTO comment_standards (${COLUMNS.join(', ')}) VALUES ${placeholders(n, 8)}`;
const upsertCube = upsertSums(
  'comment_cube',
  ['department', 'channel', 'survey', 'standard', 'day', 'favorable'],
  ['comments'],
);

/**
 * The statements that file commented responses under every standard each
 * counts for (migration 3): a `comment_standards` row with whether it was
 * favourable, and the per-day counts in the 8 cells of `comment_cube`.
 * Run them in the transaction that stores the responses.
 *
 * @example
 * await tx.batch(commentStandardStatements(catalogue, [{ id, receivedAt, day, department, channel, survey, answers }]));
 */
export function commentStandardStatements(
  catalogue: Catalogue,
  responses: readonly CommentedResponse[],
): SqlStatement[] {
  const rows: InValue[][] = [];
  const byCell = new SummedRows();
  for (const response of responses) {
    const contributions = response.contributions ?? responseContributions(catalogue, response.survey, response.answers);
    for (const { standard, favorable } of contributions) {
      const flag = favorable ? 1 : 0;
      const { id, receivedAt, day, department, channel, survey } = response;
      rows.push([standard, receivedAt, id, flag, day, department, channel, survey.id]);
      byCell.add([department, channel, survey.id, standard, day, flag], [1]);
    }
  }
  return [
    ...chunked(rows, insertRows),
    ...chunked(
      cubeSums(byCell, (d, c, s, rest) => [d, c, s, ...rest]),
      upsertCube,
    ),
  ];
}
