import { z } from 'zod';
import { DEFAULT_PUBLIC_MIN_N } from '@mv-feedback/scoring';
import { ConfigError } from './config-error.js';
import { firstMessage, onOff, wholeNumber } from './setting-schemas.js';

/** The public scorecard and open data (docs/design.md §13). */
export interface PublicReportConfig {
  /** `MV_PUBLIC_REPORT=on`: serve /scorecard and /api/v1/public/*; off, both are 404. */
  enabled: boolean;
  /** `MV_PUBLIC_MIN_N`: cells with fewer responses are withheld (default 30). */
  minN: number;
  /** `MV_FISCAL_YEAR_START`: the month (1–12) the city's fiscal year starts in (default 7, July). */
  fiscalYearStart: number;
}

export const PUBLIC_REPORT_DEFAULTS: PublicReportConfig = {
  enabled: false,
  minN: DEFAULT_PUBLIC_MIN_N,
  fiscalYearStart: 7,
};

/** The public report's settings as the environment gives them. */
export const PublicReportSettingsSchema = z
  .object({
    MV_PUBLIC_REPORT: onOff('MV_PUBLIC_REPORT', 'on or off'),
    // At least 3: a published share of one or two answers is one resident's answer.
    MV_PUBLIC_MIN_N: wholeNumber('MV_PUBLIC_MIN_N', PUBLIC_REPORT_DEFAULTS.minN, 3, 1_000_000),
    MV_FISCAL_YEAR_START: wholeNumber('MV_FISCAL_YEAR_START', PUBLIC_REPORT_DEFAULTS.fiscalYearStart, 1, 12),
  })
  .transform((env): PublicReportConfig => ({
    enabled: env.MV_PUBLIC_REPORT ?? false,
    minN: env.MV_PUBLIC_MIN_N,
    fiscalYearStart: env.MV_FISCAL_YEAR_START,
  }));

/**
 * The public report's settings from the environment; a bad value stops the
 * server at start.
 *
 * @example
 * publicReportConfig({ MV_PUBLIC_REPORT: 'on', MV_FISCAL_YEAR_START: '10' }) // → { enabled: true, minN: 30, fiscalYearStart: 10 }
 */
export function publicReportConfig(env: Record<string, string | undefined>): PublicReportConfig {
  const parsed = PublicReportSettingsSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(firstMessage(parsed.error));
  return parsed.data;
}
