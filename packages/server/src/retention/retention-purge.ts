import type { Client } from '@libsql/client';

export interface PurgeResult {
  /** Responses whose comment or page address was (or, dry, would be) erased. */
  responses: number;
  /** Responses received before this instant are affected. */
  before: string;
}

const DAY_MS = 86_400_000;
/** Rows erased per write transaction, so ingest never waits long behind a purge. */
const PURGE_BATCH = 500;

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
  const before = new Date(now.getTime() - days * DAY_MS).toISOString();
  const matching = 'received_at < ? AND (comment IS NOT NULL OR page IS NOT NULL)';
  if (dryRun) {
    const { rows } = await db.execute({ sql: `SELECT count(*) AS n FROM responses WHERE ${matching}`, args: [before] });
    return { responses: Number(rows[0]?.n ?? 0), before };
  }
  let responses = 0;
  for (;;) {
    const { rowsAffected } = await db.execute({
      sql: `UPDATE responses SET comment = NULL, page = NULL
        WHERE id IN (SELECT id FROM responses INDEXED BY responses_by_received_at_id WHERE ${matching} LIMIT ?)`,
      args: [before, PURGE_BATCH],
    });
    responses += rowsAffected;
    if (rowsAffected < PURGE_BATCH) return { responses, before };
  }
}
