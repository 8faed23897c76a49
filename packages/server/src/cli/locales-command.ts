import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { defaultLanguages } from '../config/languages-config.js';
import { formatLocalesReport, localesReport } from '../locales/locales-check.js';
import { reportFailure } from './cli-output.js';

export const LOCALES_USAGE = 'mv-feedback locales check';

/**
 * `mv-feedback locales check` (docs/design.md §14): each offered language's
 * missing and draft keys, with MV_LOCALES, MV_LOCALE_DIR and MV_CATALOGUE as
 * the server would read them; exit 1 when any offered language lacks a key.
 *
 * @example
 * process.exitCode = localesCommand(['check']);
 */
export function localesCommand(argv: string[]): number {
  try {
    if (argv.length !== 1 || argv[0] !== 'check') throw new ConfigError(`usage: ${LOCALES_USAGE}`);
    const config = loadConfig({ prepareDatabase: false });
    const reports = localesReport(config.languages ?? defaultLanguages(), config.catalogue);
    process.stdout.write(formatLocalesReport(reports, config.languages?.localeDir));
    return reports.some((r) => r.missing.length > 0) ? 1 : 0;
  } catch (error) {
    return reportFailure(error);
  }
}
