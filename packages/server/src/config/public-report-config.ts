import { DEFAULT_PUBLIC_MIN_N } from '@mv-feedback/scoring';
import { ConfigError } from './config-error.js';

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

const ON = /^(on|1|true|yes)$/i;
const OFF = /^(off|0|false|no)$/i;

function wholeNumber(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/**
 * The public report's settings from the environment (values already
 * trimmed, unset as undefined); a bad value stops the server at start.
 *
 * @example
 * publicReportConfig({ MV_PUBLIC_REPORT: 'on', MV_FISCAL_YEAR_START: '10' }) // → { enabled: true, minN: 30, fiscalYearStart: 10 }
 */
export function publicReportConfig(env: Record<string, string | undefined>): PublicReportConfig {
  const flag = env.MV_PUBLIC_REPORT;
  if (flag !== undefined && !ON.test(flag) && !OFF.test(flag)) {
    throw new ConfigError(`MV_PUBLIC_REPORT must be on or off, got "${flag}"`);
  }
  return {
    enabled: flag !== undefined && ON.test(flag),
    // At least 3: a published share of one or two answers is one resident's answer.
    minN: wholeNumber('MV_PUBLIC_MIN_N', env.MV_PUBLIC_MIN_N, PUBLIC_REPORT_DEFAULTS.minN, 3, 1_000_000),
    fiscalYearStart: wholeNumber(
      'MV_FISCAL_YEAR_START',
      env.MV_FISCAL_YEAR_START,
      PUBLIC_REPORT_DEFAULTS.fiscalYearStart,
      1,
      12,
    ),
  };
}
