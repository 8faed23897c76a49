import { addDays } from './calendar-days.js';

/** A wall-clock time in a time zone: its calendar day and minutes since local midnight. */
export interface LocalTime {
  day: string;
  minutes: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

const partsFormatter = (timeZone: string) => {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
};

/**
 * The wall-clock day and time of an instant in a time zone (seconds as a fraction of a minute).
 *
 * @example
 * localTime(new Date('2027-03-15T15:30:00Z'), 'America/Los_Angeles') // → { day: '2027-03-15', minutes: 510 }
 */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const seconds = Number(parts.second) + (instant.getTime() % 1000) / 1000;
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute) + seconds / 60,
  };
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  const { day, minutes } = localTime(new Date(instant), timeZone);
  return Date.parse(`${day}T00:00:00Z`) + Math.round(minutes * 60_000) - instant;
}

/**
 * The instant a wall-clock time happens in a time zone; `minutes` may be
 * 1440 (the end of the day). A time skipped by a daylight-saving change is
 * read with the offset before the change, so it lands after the gap.
 *
 * @example
 * zonedInstant('2027-03-15', 17 * 60, 'America/Los_Angeles').toISOString() // → '2027-03-16T00:00:00.000Z'
 */
export function zonedInstant(day: string, minutes: number, timeZone: string): Date {
  if (minutes >= 1440) return zonedInstant(addDays(day, Math.floor(minutes / 1440)), minutes % 1440, timeZone);
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return new Date(Math.max(first, second));
}
