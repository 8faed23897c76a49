// Period math on whole calendar days (`YYYY-MM-DD`), the unit the staff API
// counts in (docs/design.md §5). Pure functions: "today" is always passed in, so
// the same code serves the browser, the tests and any time zone.
import { addDays } from '@mv-feedback/scoring/browser';

/** The periods a manager picks from; `custom` takes its own `from` and `to`. */
export const PERIODS = ['last-30-days', 'this-quarter', 'last-quarter', 'year-to-date', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

export interface DateRange {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** First day of the calendar quarter `quartersBack` quarters before the one holding `day`. */
function quarterStart(day: string, quartersBack: number): string {
  const year = Number(day.slice(0, 4));
  const quarterIndex = Math.floor((Number(day.slice(5, 7)) - 1) / 3) - quartersBack;
  const y = year + Math.floor(quarterIndex / 4);
  const q = ((quarterIndex % 4) + 4) % 4;
  return dayOf(y, q * 3 + 1, 1);
}

/**
 * The days a named period covers, both ends included, as of `today`.
 * "Last 30 days" ends today and starts 29 days before, like the API's default.
 *
 * @example
 * periodRange('last-quarter', '2026-05-14') // → { from: '2026-01-01', to: '2026-03-31' }
 */
export function periodRange(period: Exclude<Period, 'custom'>, today: string): DateRange {
  switch (period) {
    case 'last-30-days':
      return { from: addDays(today, -29), to: today };
    case 'this-quarter':
      return { from: quarterStart(today, 0), to: today };
    case 'last-quarter':
      return { from: quarterStart(today, 1), to: addDays(quarterStart(today, 0), -1) };
    case 'year-to-date':
      return { from: dayOf(Number(today.slice(0, 4)), 1, 1), to: today };
  }
}
