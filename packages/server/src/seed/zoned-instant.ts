const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at an instant (negative west of Greenwich). */
function offsetMinutes(instant: Date, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The instant a city day starts (local midnight), in ms since the epoch. The
 * offset is the one at 12:00 UTC that date, so on a daylight-saving switch day
 * the start may be off by an hour, which demo data can live with.
 *
 * @example
 * new Date(dayStart('2026-07-01', 'America/Los_Angeles')).toISOString() // → '2026-07-01T07:00:00.000Z'
 */
export function dayStart(day: string, timeZone: string): number {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  return midnightUtc - offsetMinutes(new Date(midnightUtc + 12 * 3_600_000), timeZone) * 60_000;
}
