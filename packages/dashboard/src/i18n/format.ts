// Numbers and dates in the reader's language, through Intl (no locale data shipped).
import type { CatalogueLocale as Locale } from '@mv-feedback/scoring';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
const cached = <T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T => {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
};

/**
 * A 0–100 score as a whole percentage, the precision the dashboard shows.
 *
 * @example
 * formatPercent('en', 68.4211) // → '68%'
 */
export function formatPercent(locale: Locale, score: number): string {
  return cached(
    `pct-${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(Math.round(score) / 100);
}

/**
 * A change in percentage points with its sign, one decimal.
 *
 * @example
 * formatSignedPoints('en', 22.5877) // → '+22.6'
 */
export function formatSignedPoints(locale: Locale, delta: number): string {
  return cached(
    `pts-${locale}`,
    () =>
      new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  ).format(delta);
}

/** A count with the language's grouping (`3,000` / `3000`). */
export function formatCount(locale: Locale, count: number): string {
  return cached(`int-${locale}`, () => new Intl.NumberFormat(locale)).format(count);
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * A day range in words, e.g. `1 Jan – 31 Mar 2026`.
 *
 * @example
 * formatDayRange('en', '2026-01-01', '2026-03-31') // → 'Jan 1 – Mar 31, 2026'
 */
export function formatDayRange(locale: Locale, from: string, to: string): string {
  const formatter = cached(
    `range-${locale}`,
    () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }),
  );
  return formatter.formatRange(utcDay(from), utcDay(to));
}

/** A single day, short (`Jan 5`), for chart axes and trend tables. */
export function formatShortDay(locale: Locale, day: string): string {
  return cached(
    `short-${locale}`,
    () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric' }),
  ).format(utcDay(day));
}

/** A month (`Jan 2026`), for monthly trend points. */
export function formatMonth(locale: Locale, day: string): string {
  return cached(
    `month-${locale}`,
    () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', year: 'numeric' }),
  ).format(utcDay(day));
}

/** When a comment arrived, in the city's time zone. */
export function formatDateTime(locale: Locale, instant: string, timeZone: string): string {
  return cached(
    `dt-${locale}-${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(instant));
}
