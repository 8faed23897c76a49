import type { Client } from '@libsql/client';
import { daysBefore, updateInBatches } from './update-in-batches.js';

export interface PurgeResult {
  /** Responses whose comment or page address was (or, dry, would be) erased. */
  responses: number;
  /** Responses received before this instant are affected. */
  before: string;
}

/**
 * Erases the comment text and page address of responses older than
 * `days` (docs/design.md §15, MV_RETENTION_DAYS). Answers, counters and the
 * cubes stay, so every score is unchanged; a comment erased is still counted
 * as one. With `dryRun`, counts only.
 *
 * @example
 * const { responses } = await purgeExpiredText(db, { days: 365 }); // → erased comments and pages of 365+ days ago
 */
export async function purgeExpiredText(
  db: Client,
  { days, now = new Date(), dryRun = false }: { days: number; now?: Date; dryRun?: boolean },
): Promise<PurgeResult> {
  const before = daysBefore(now, days);
  const matching = 'received_at < ? AND (comment IS NOT NULL OR page IS NOT NULL)';
  if (dryRun) {
    const { rows } = await db.execute({ sql: `SELECT count(*) AS n FROM responses WHERE ${matching}`, args: [before] });
    return { responses: Number(rows[0]?.n ?? 0), before };
  }
  const responses = await updateInBatches(
    db,
    `UPDATE responses SET comment = NULL, page = NULL
      WHERE id IN (SELECT id FROM responses INDEXED BY responses_by_received_at_id WHERE ${matching} LIMIT ?)`,
    [before],
  );
  return { responses, before };
}
