import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { recordAudit } from '../audit/audit-log.js';
import type { DailyJob } from '../jobs/daily-jobs.js';
import { backupOffThread } from './backup-thread.js';
import { PARTIAL_SUFFIX } from './database-backup.js';

const NAME = /^mv-feedback-(\d{4}-\d{2}-\d{2})\.db$/;

/**
 * The daily backup of `serve` (MV_BACKUP_DIR, MV_BACKUP_KEEP; docs/design.md
 * §15): `mv-feedback-YYYY-MM-DD.db` for the city's day, unless that day's
 * exists; then the oldest beyond `keep` are removed, and any `.partial` file
 * a killed run left behind.
 *
 * @example
 * dailyJobs({ jobs: [dailyBackupJob({ db, dbUrl, dir: '/var/backups/mv-feedback', keep: 7, timezone })], timezone });
 */
export function dailyBackupJob({
  db,
  dbUrl,
  dir,
  keep,
  timezone,
}: {
  /** For the audit entry; the copy is made on a thread of its own from `dbUrl`. */
  db: Client;
  dbUrl: string;
  dir: string;
  keep: number;
  timezone: string;
}): DailyJob {
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, dateStyle: 'short' });
  return {
    name: 'backup',
    async run(now) {
      mkdirSync(dir, { recursive: true });
      for (const name of readdirSync(dir)) {
        if (name.includes(PARTIAL_SUFFIX)) rmSync(join(dir, name), { force: true });
      }
      const file = join(dir, `mv-feedback-${dayOf.format(now)}.db`);
      if (!readdirSync(dir).includes(`mv-feedback-${dayOf.format(now)}.db`)) {
        const result = await backupOffThread(dbUrl, file);
        await recordAudit(db, {
          actor: 'server',
          action: 'backup',
          detail: { file: result.file, bytes: result.bytes, responses: result.responses },
        });
      }
      const kept = readdirSync(dir)
        .filter((name) => NAME.test(name))
        .sort()
        .reverse();
      for (const old of kept.slice(keep)) rmSync(join(dir, old), { force: true });
    },
  };
}
