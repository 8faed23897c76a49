import type { Transaction } from '@libsql/client';
import type { Answers, Catalogue } from '@mv-feedback/scoring';
import { commentTones } from '../store/comment-tones.js';

/**
 * The tones of the commented responses still in the counters' backlog
 * (migration 13): not filed yet, so that migration's SQL found none. They
 * are scored with the configured catalogue, as the fold that counts them
 * will be; one a fold had begun to file is scored again, whole.
 */
export async function backfillCommentTones(tx: Transaction, catalogue: Catalogue): Promise<void> {
  const surveys = new Map(catalogue.surveys.map((s) => [s.id, s]));
  const { rows } = await tx.execute(
    `SELECT r.id, r.survey, r.answers FROM counter_backlog b JOIN responses r ON r.id = b.id
      WHERE r.comment IS NOT NULL`,
  );
  const updates = rows.map((row) => {
    const survey = surveys.get(String(row.survey));
    const answers = JSON.parse(String(row.answers)) as Answers;
    return {
      sql: 'UPDATE responses SET tones = ? WHERE id = ?',
      args: [survey ? commentTones(catalogue, survey, answers) : null, String(row.id)],
    };
  });
  if (updates.length > 0) await tx.batch(updates);
}
