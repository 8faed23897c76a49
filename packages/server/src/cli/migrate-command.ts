import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { migrate } from '../db/schema/migrate.js';
import { openDatabase } from '../db/connection/open-database.js';

export const MIGRATE_USAGE = 'mv-feedback migrate [--db URL]';

/**
 * `mv-feedback migrate`: applies pending migrations and says which.
 *
 * @example
 * process.exitCode = await migrateCommand(['--db', 'file:./data/mv-feedback.db']);
 */
export async function migrateCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' } }, strict: true });
  const config = loadConfig({ flags: { ...(values.db ? { db: values.db } : {}) } });
  const db = await openDatabase(config);
  try {
    const applied = await migrate(db, { catalogue: config.catalogue });
    process.stdout.write(applied.length ? `applied migrations ${applied.join(', ')}\n` : 'database is up to date\n');
    return 0;
  } finally {
    db.close();
  }
}
