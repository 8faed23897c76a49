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
 * The instant of a local wall-clock time on a city day. The offset is taken
 * at local noon, so times during a daylight-saving switch night may be off by
 * an hour, which demo data can live with.
 *
 * @example
 * zonedInstant('2026-07-01', 9 * 60, 'America/Los_Angeles').toISOString() // → '2026-07-01T16:00:00.000Z'
 */
export function zonedInstant(day: string, minuteOfDay: number, timeZone: string): Date {
  const noonUtc = Date.parse(`${day}T12:00:00Z`);
  const offset = offsetMinutes(new Date(noonUtc), timeZone);
  return new Date(Date.parse(`${day}T00:00:00Z`) + (minuteOfDay - offset) * 60_000);
}
