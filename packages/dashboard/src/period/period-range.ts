// Period math on whole calendar days (`YYYY-MM-DD`), the unit the staff API
// counts in (SPEC section 5). Pure functions: "today" is always passed in, so
// the same code serves the browser, the tests and any time zone.

/** The periods a manager picks from; `custom` takes its own `from` and `to`. */
export const PERIODS = ['last-30-days', 'this-quarter', 'last-quarter', 'year-to-date', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

export interface DateRange {
  from: string;
  to: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Adds whole days to a `YYYY-MM-DD` day.
 *
 * @example
 * addDays('2026-03-01', -1) // → '2026-02-28'
 */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
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

/**
 * Today's calendar day in a time zone (the city's, so the periods match the server's days).
 *
 * @example
 * todayIn('America/Los_Angeles', new Date('2026-03-01T05:00:00Z')) // → '2026-02-28'
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
