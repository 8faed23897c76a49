import { addDays } from '../time/calendar-days.js';

/** How long a published period is: a fiscal quarter or a calendar month. */
export type PeriodKind = 'quarter' | 'month';

/** One published period: its label and its first and last day, both included. */
export interface PublicPeriod {
  label: string;
  start: string;
  end: string;
}

/** The first day of the month `months` after the one `day` falls in. */
function monthStart(day: string, months: number): string {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/**
 * The fiscal quarter a day falls in, labelled as US cities do: the fiscal
 * year is named by the calendar year it ends in, so with a July start
 * July 2026 opens FY2027.
 *
 * @example
 * fiscalQuarter('2026-08-15', 7) // → { label: 'FY2027-Q1', start: '2026-07-01', end: '2026-09-30' }
 * fiscalQuarter('2026-02-01', 1) // → { label: 'FY2026-Q1', start: '2026-01-01', end: '2026-03-31' }
 */
export function fiscalQuarter(day: string, fiscalYearStart: number): PublicPeriod {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const monthsIn = (month - fiscalYearStart + 12) % 12;
  const quarter = Math.floor(monthsIn / 3) + 1;
  // A year starting in January ends in the same calendar year; any other start, in the next.
  const fiscalYear = fiscalYearStart === 1 || month < fiscalYearStart ? year : year + 1;
  const start = monthStart(day, -(monthsIn % 3));
  return { label: `FY${fiscalYear}-Q${quarter}`, start, end: addDays(monthStart(start, 3), -1) };
}

/**
 * The calendar month a day falls in, labelled `YYYY-MM`.
 *
 * @example
 * calendarMonth('2026-02-14') // → { label: '2026-02', start: '2026-02-01', end: '2026-02-28' }
 */
export function calendarMonth(day: string): PublicPeriod {
  const start = monthStart(day, 0);
  return { label: start.slice(0, 7), start, end: addDays(monthStart(start, 1), -1) };
}

export interface PeriodRange {
  kind: PeriodKind;
  /** Periods overlapping `from`–`to` (days, both included) are given, always whole. */
  from: string;
  to: string;
  /** The city's today: a period is published only once it has ended (docs/design.md §13). */
  today: string;
  /** The month (1–12) the fiscal year starts in. */
  fiscalYearStart: number;
}

/**
 * Every ended period that overlaps a range, oldest first.
 *
 * @example
 * endedPeriods({ kind: 'quarter', from: '2026-07-01', to: '2026-12-31', today: '2026-12-04', fiscalYearStart: 7 })
 * // → [{ label: 'FY2027-Q1', start: '2026-07-01', end: '2026-09-30' }] (Q2 has not ended)
 */
export function endedPeriods(range: PeriodRange): PublicPeriod[] {
  const periodOf = (day: string) =>
    range.kind === 'quarter' ? fiscalQuarter(day, range.fiscalYearStart) : calendarMonth(day);
  const periods: PublicPeriod[] = [];
  for (let period = periodOf(range.from); period.start <= range.to; period = periodOf(addDays(period.end, 1))) {
    if (period.end >= range.today) break;
    periods.push(period);
  }
  return periods;
}

/**
 * The default range of the open data: the last `count` ended periods.
 *
 * @example
 * lastEndedPeriods('quarter', 8, '2026-12-04', 7).at(-1)?.label // → 'FY2027-Q1'
 */
export function lastEndedPeriods(
  kind: PeriodKind,
  count: number,
  today: string,
  fiscalYearStart: number,
): PublicPeriod[] {
  const periodOf = (day: string) => (kind === 'quarter' ? fiscalQuarter(day, fiscalYearStart) : calendarMonth(day));
  const periods: PublicPeriod[] = [];
  for (let period = periodOf(addDays(periodOf(today).start, -1)); periods.length < count;) {
    periods.unshift(period);
    period = periodOf(addDays(period.start, -1));
  }
  return periods;
}
