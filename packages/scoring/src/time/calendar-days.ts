/** Days are whole calendar days in the city's time zone (docs/design.md §5), as `YYYY-MM-DD`. */
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Each zone's last day asked for, by the UTC minute it was asked for. */
const lastDays = new Map<string, { minute: number; day: string }>();

const formatterFor = (timeZone: string) => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/**
 * The city's calendar day of an instant.
 *
 * @example
 * cityDay(new Date('2026-03-01T05:00:00Z'), 'America/Los_Angeles') // → '2026-02-28'
 */
export function cityDay(instant: Date, timeZone: string): string {
  // Zone offsets change on whole minutes, so one minute has one day: the
  // ingest writer asks for thousands a second, and formatting is the cost.
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastDays.get(timeZone);
  if (last?.minute === minute) return last.day;
  const day = formatterFor(timeZone).format(instant);
  lastDays.set(timeZone, { minute, day });
  return day;
}

/** Whether a name is an IANA time zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Adds whole days to a `YYYY-MM-DD` date (calendar arithmetic, no time zone involved).
 *
 * @example
 * addDays('2026-03-01', -1) // → '2026-02-28'
 */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysBetweenInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
