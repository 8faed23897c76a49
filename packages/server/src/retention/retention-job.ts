import type { Client } from '@libsql/client';
import { recordAudit } from '../audit/audit-log.js';
import type { DailyJob } from '../jobs/daily-jobs.js';
import { purgeExpiredText } from './retention-purge.js';

/**
 * The daily purge of MV_RETENTION_DAYS (docs/design.md §15), audited when it erased anything.
 *
 * @example
 * dailyJobs({ jobs: [retentionJob({ db, days: 365 })], timezone });
 */
export function retentionJob({ db, days }: { db: Client; days: number }): DailyJob {
  return {
    name: 'retention purge',
    async run(now) {
      const result = await purgeExpiredText(db, { days, now });
      if (result.responses > 0) {
        await recordAudit(db, { actor: 'server', action: 'purge', detail: { ...result, days } });
      }
    },
  };
}
