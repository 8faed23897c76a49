import type { Client } from '@libsql/client';
import { recordAudit } from '../audit/audit-log.js';
import type { DailyJob } from '../jobs/daily-jobs.js';
import { daysBefore, updateInBatches } from '../retention/update-in-batches.js';

export interface FollowUpPurgeResult {
  /** Follow-ups whose contact details were (or, dry, would be) overwritten. */
  followUps: number;
  /** Those closed before this instant. */
  before: string;
}

/**
 * Overwrites the contact details of follow-ups closed more than `days` ago
 * (docs/design.md §12, MV_FOLLOW_UP_RETENTION_DAYS): the ciphertext and its
 * nonce become NULL, with SQLite's secure delete on so the freed bytes are
 * zeroed too; the times, department and state stay for the summary. With
 * `dryRun`, counts only.
 *
 * @example
 * const { followUps } = await purgeFollowUpContacts(db, { days: 90 });
 */
export async function purgeFollowUpContacts(
  db: Client,
  { days, now = new Date(), dryRun = false }: { days: number; now?: Date; dryRun?: boolean },
): Promise<FollowUpPurgeResult> {
  const before = daysBefore(now, days);
  const matching = 'closed_at < ? AND contact IS NOT NULL';
  if (dryRun) {
    const { rows } = await db.execute({
      sql: `SELECT count(*) AS n FROM follow_ups WHERE ${matching}`,
      args: [before],
    });
    return { followUps: Number(rows[0]?.n ?? 0), before };
  }
  const { rows } = await db.execute('PRAGMA secure_delete');
  const secureDelete = Number(rows[0]?.[0] ?? 0);
  await db.execute('PRAGMA secure_delete = ON');
  try {
    const followUps = await updateInBatches(
      db,
      `UPDATE follow_ups SET contact = NULL, contact_nonce = NULL, purged_at = ?
        WHERE id IN (SELECT id FROM follow_ups WHERE ${matching} LIMIT ?)`,
      [now.toISOString(), before],
    );
    return { followUps, before };
  } finally {
    await db.execute(`PRAGMA secure_delete = ${secureDelete === 1 ? 'ON' : 'OFF'}`);
  }
}

/**
 * The daily purge of MV_FOLLOW_UP_RETENTION_DAYS, audited when it overwrote anything.
 *
 * @example
 * dailyJobs({ jobs: [followUpPurgeJob({ db, days: 90 })], timezone });
 */
export function followUpPurgeJob({ db, days }: { db: Client; days: number }): DailyJob {
  return {
    name: 'follow-up purge',
    async run(now) {
      const result = await purgeFollowUpContacts(db, { days, now });
      if (result.followUps > 0) {
        await recordAudit(db, { actor: 'server', action: 'follow_up.purge', detail: { ...result, days } });
      }
    },
  };
}
