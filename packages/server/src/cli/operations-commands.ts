import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commandLineActor, recordAudit } from '../audit/audit-log.js';
import { BackupCheckError, backupDatabase } from '../backup/database-backup.js';
import { restoreDatabase } from '../backup/database-restore.js';
import { ConfigError } from '../config/config-error.js';
import { databaseFilePath } from '../config/database-location.js';
import { loadConfig } from '../config/load-config.js';
import type { ServerConfig } from '../config/server-config.js';
import { migrate } from '../db/schema/migrate.js';
import { openDatabase } from '../db/connection/open-database.js';
import { purgeExpiredText } from '../retention/retention-purge.js';
import { purgeFollowUpContacts } from '../follow-ups/follow-up-purge.js';
import { followUpConfig } from '../follow-ups/follow-up-settings.js';
import type { Client } from '@libsql/client';

export const BACKUP_USAGE = 'mv-feedback backup --to FILE [--db URL]';
export const RESTORE_USAGE = 'mv-feedback restore --from FILE [--db URL] [--force]';
export const PURGE_USAGE = 'mv-feedback purge [--dry-run] [--db URL]';

/** The embedded database's file; a remote one is backed up by its own server (docs/design.md §15). */
function embeddedFile(config: ServerConfig, command: string): string {
  const file = config.dbUrl.startsWith('file:') ? databaseFilePath(config.dbUrl) : null;
  if (file === null) {
    throw new ConfigError(
      `${command} works on the embedded file: database only; ${config.dbUrl.replace(/\?.*$/, '')} is a libSQL server: use that server's own backups (point-in-time restore)`,
    );
  }
  return file;
}

const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * `mv-feedback backup --to FILE`: a consistent, checked copy while the server runs.
 *
 * @example
 * process.exitCode = await backupCommand(['--to', '/var/backups/feedback-2026-12-04.db']);
 */
export async function backupCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { to: { type: 'string' }, db: { type: 'string' } },
    strict: true,
  });
  if (!values.to) throw new ConfigError(`usage: ${BACKUP_USAGE}`);
  const config = loadConfig({ flags: values.db ? { db: values.db } : {}, prepareDatabase: false });
  embeddedFile(config, 'backup');
  const db = await openDatabase(config);
  try {
    const result = await backupDatabase(db, resolve(values.to));
    await recordAudit(db, {
      actor: commandLineActor(),
      action: 'backup',
      detail: { file: result.file, bytes: result.bytes, responses: result.responses },
    });
    process.stdout.write(
      `backed up ${result.responses} responses to ${result.file} (${mebibytes(result.bytes)}), integrity ok\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof BackupCheckError) {
      process.stderr.write(`mv-feedback: backup failed: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    db.close();
  }
}

/**
 * `mv-feedback restore --from FILE [--force]`: with the server stopped, puts a checked backup in place and migrates it.
 *
 * @example
 * process.exitCode = await restoreCommand(['--from', '/var/backups/feedback-2026-12-04.db']);
 */
export async function restoreCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { from: { type: 'string' }, db: { type: 'string' }, force: { type: 'boolean', default: false } },
    strict: true,
  });
  if (!values.from) throw new ConfigError(`usage: ${RESTORE_USAGE}`);
  const config = loadConfig({ flags: values.db ? { db: values.db } : {} });
  const target = embeddedFile(config, 'restore');
  const source = resolve(values.from);
  const report = restoreDatabase(source, target, { force: values.force });
  const db = await openDatabase(config);
  try {
    await migrate(db, { catalogue: config.catalogue });
    await recordAudit(db, {
      actor: commandLineActor(),
      action: 'restore',
      detail: { from: source, responses: report.responses, forced: values.force },
    });
  } finally {
    db.close();
  }
  process.stdout.write(`restored ${report.responses} responses from ${source} into ${target}\n`);
  return 0;
}

/**
 * `mv-feedback purge [--dry-run]`: the retention purges now (MV_RETENTION_DAYS, and
 * MV_FOLLOW_UP_RETENTION_DAYS for follow-ups' contact details), or what they would erase.
 *
 * @example
 * process.exitCode = await purgeCommand(['--dry-run']);
 */
export async function purgeCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { 'dry-run': { type: 'boolean', default: false }, db: { type: 'string' } },
    strict: true,
  });
  const config = loadConfig({ flags: values.db ? { db: values.db } : {} });
  const dryRun = values['dry-run'];
  const db = await openDatabase(config);
  try {
    await migrate(db, { catalogue: config.catalogue });
    await purgeText(db, config, dryRun);
    const days = followUpConfig(config).retentionDays;
    const result = await purgeFollowUpContacts(db, { days, dryRun });
    if (!dryRun && result.followUps > 0) {
      await recordAudit(db, { actor: commandLineActor(), action: 'follow_up.purge', detail: { ...result, days } });
    }
    process.stdout.write(
      `${dryRun ? 'would overwrite' : 'overwrote'} the contact details of ${result.followUps} follow-ups closed before ${result.before} (MV_FOLLOW_UP_RETENTION_DAYS=${days}); their times stay\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}

/** The comment and page-address purge of MV_RETENTION_DAYS (docs/design.md §15), or why there is none. */
async function purgeText(db: Client, config: ServerConfig, dryRun: boolean): Promise<void> {
  if (!config.retentionDays) {
    process.stdout.write('MV_RETENTION_DAYS is not set: comments and page addresses are kept; nothing to purge\n');
    return;
  }
  const result = await purgeExpiredText(db, { days: config.retentionDays, dryRun });
  if (!dryRun && result.responses > 0) {
    await recordAudit(db, {
      actor: commandLineActor(),
      action: 'purge',
      detail: { ...result, days: config.retentionDays },
    });
  }
  process.stdout.write(
    `${dryRun ? 'would erase' : 'erased'} the comment and page address of ${result.responses} responses received before ${result.before} (MV_RETENTION_DAYS=${config.retentionDays}); answers and scores stay\n`,
  );
}
