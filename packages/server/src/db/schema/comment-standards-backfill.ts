import type { Transaction } from '@libsql/client';
import type { Answers, Catalogue } from '@mv-feedback/scoring';
import { commentStandardStatements, type CommentedResponse } from '../store/comment-standards.js';

const PAGE = 2_000;

/**
 * Files the comments a database already holds under their standards
 * (migration 3), scoring their answers with the configured catalogue, a page
 * of responses at a time in (received_at, id) order.
 */
export async function backfillCommentStandards(tx: Transaction, catalogue: Catalogue): Promise<void> {
  const surveys = new Map(catalogue.surveys.map((s) => [s.id, s]));
  let after: [string, string] = ['', ''];
  for (;;) {
    const { rows } = await tx.execute({
      sql: `SELECT id, received_at, day, department, channel, survey, answers FROM responses
        WHERE comment IS NOT NULL AND (received_at, id) > (?, ?) ORDER BY received_at, id LIMIT ?`,
      args: [...after, PAGE],
    });
    if (rows.length === 0) return;
    const responses: CommentedResponse[] = [];
    for (const row of rows) {
      // A survey the catalogue no longer has cannot be scored: its comments stay unfiled, as its answers stay unscored.
      const survey = surveys.get(String(row.survey));
      if (!survey) continue;
      responses.push({
        id: String(row.id),
        receivedAt: String(row.received_at),
        day: String(row.day),
        department: String(row.department),
        channel: String(row.channel),
        survey,
        answers: JSON.parse(String(row.answers)) as Answers,
      });
    }
    if (responses.length > 0) await tx.batch(commentStandardStatements(catalogue, responses));
    const last = rows[rows.length - 1]!;
    after = [String(last.received_at), String(last.id)];
  }
}
