import { parseArgs } from 'node:util';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { migrate } from '../db/schema/migrate.js';
import { openDatabase } from '../db/connection/open-database.js';
import { DEFAULT_DEMO_COUNT, seedDemoData } from '../seed/demo-data.js';
import { reportFailure } from './cli-output.js';

export const SEED_USAGE = 'mv-feedback seed --demo [--count N] [--seed N] [--db URL]';

/**
 * `mv-feedback seed --demo`: a year of realistic synthetic responses (20,000 by default).
 *
 * @example
 * process.exitCode = await seedCommand(['--demo', '--count', '5000']);
 */
export async function seedCommand(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        demo: { type: 'boolean' },
        count: { type: 'string' },
        seed: { type: 'string' },
        db: { type: 'string' },
      },
      strict: true,
    });
    if (!values.demo) throw new ConfigError(`only demo data can be seeded: ${SEED_USAGE}`);
    const count = wholeNumber('--count', values.count, DEFAULT_DEMO_COUNT, 1, 10_000_000);
    const config = loadConfig({ flags: values.db ? { db: values.db } : {} });
    const db = await openDatabase(config);
    try {
      await migrate(db, { catalogue: config.catalogue });
      const existing = Number((await db.execute('SELECT count(*) FROM responses')).rows[0]?.[0] ?? 0);
      // Ids come from the seed, so a second run into the same database needs another seed.
      const seed = wholeNumber('--seed', values.seed, existing === 0 ? 1 : Date.now() % 2 ** 31, 0, 2 ** 32 - 1);
      const started = performance.now();
      const stored = await seedDemoData(db, config, { count, seed });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`seeded ${stored} demo responses (seed ${seed}) into ${config.dbUrl} in ${seconds} s\n`);
      return 0;
    } finally {
      db.close();
    }
  } catch (error) {
    return reportFailure(error);
  }
}

function wholeNumber(flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${flag} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}
