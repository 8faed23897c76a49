import { parseArgs } from 'node:util';
import { departmentTitle } from '@mv-feedback/scoring';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { migrate } from '../db/schema/migrate.js';
import { openDatabase } from '../db/connection/open-database.js';
import { formatScoresCsv, formatScoresTable } from '../report/score-table.js';
import { computeScores } from '../staff/scores-query.js';
import { parseStaffFilters } from '../filters/staff-filters.js';
import { reportFailure } from './cli-output.js';

export const REPORT_USAGE =
  'mv-feedback report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--department SLUG] [--channel CHANNEL] [--survey ID] [--verified] [--format table|json|csv] [--db URL]';

const FORMATS = ['table', 'json', 'csv'] as const;

/**
 * `mv-feedback report`: the scores of a period in the terminal, or as JSON
 * (exactly the `GET /api/v1/scores` object) or CSV. Without dates, the last
 * 30 days up to today in the city's time zone; `--verified`: only responses
 * that answered an invitation, as `verified=true`.
 *
 * @example
 * process.exitCode = await reportCommand(['--from', '2026-01-01', '--to', '2026-03-31', '--format', 'json']);
 */
export async function reportCommand(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        department: { type: 'string' },
        channel: { type: 'string' },
        survey: { type: 'string' },
        verified: { type: 'boolean' },
        format: { type: 'string', default: 'table' },
        db: { type: 'string' },
      },
      strict: true,
    });
    const format = FORMATS.find((f) => f === values.format);
    if (!format) throw new ConfigError(`--format must be table, json or csv, got "${values.format}"`);
    const config = loadConfig({ flags: values.db ? { db: values.db } : {} });
    const outcome = parseStaffFilters(
      { ...values, verified: values.verified ? 'true' : undefined },
      {
        timezone: config.timezone,
        surveys: config.catalogue.surveys.map((s) => s.id),
      },
    );
    if (!outcome.ok) {
      const issue = outcome.issues?.[0];
      throw new ConfigError(issue ? `--${issue.path} ${issue.message}` : outcome.message);
    }
    const db = await openDatabase(config);
    try {
      await migrate(db, { catalogue: config.catalogue });
      const result = await computeScores(db, { catalogue: config.catalogue, minN: config.minN }, outcome.filters);
      const text =
        format === 'json'
          ? `${JSON.stringify(result, null, 2)}\n`
          : format === 'csv'
            ? formatScoresCsv(result)
            : formatScoresTable(
                result,
                outcome.filters.department ? departmentTitle(config.catalogue, outcome.filters.department) : undefined,
              );
      process.stdout.write(text);
      return 0;
    } finally {
      db.close();
    }
  } catch (error) {
    return reportFailure(error);
  }
}
