import { addDays } from './calendar-days.js';
import type { BusinessCalendar, OpeningHours } from './business-hours.js';
import { localTime, zonedInstant } from './zoned-time.js';

// Longer than any run of closed days a real calendar has; a calendar with no open day at all is refused.
const MAX_CLOSED_RUN = 400;

/** The opening hours of a city day, or null when it is a weekend, closed weekday or holiday. */
function hoursOn(day: string, calendar: BusinessCalendar): OpeningHours | null {
  if (calendar.holidays.has(day)) return null;
  return calendar.hours[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? null;
}

/** The first business day from `day` on (itself included), with its hours. */
function businessDayFrom(day: string, calendar: BusinessCalendar): { day: string; hours: OpeningHours } {
  for (let i = 0, candidate = day; i < MAX_CLOSED_RUN; i += 1, candidate = addDays(candidate, 1)) {
    const hours = hoursOn(candidate, calendar);
    if (hours) return { day: candidate, hours };
  }
  throw new Error('the business calendar has no open day');
}

/**
 * When a follow-up request is due (docs/design.md §12, "same day response"):
 * made during business hours (from the opening minute, up to but not
 * including the closing one), by the end of that business day; made outside
 * them, by the end of the next business day to open (the same day, when it
 * is made before that day's opening). Days and hours are the city's wall
 * clock, so a daylight-saving change moves the instant, not the hour.
 *
 * @example
 * const calendar = { hours: parseBusinessHours('Mon-Fri 08:00-17:00'), timeZone: 'America/Los_Angeles', holidays: new Set<string>() };
 * followUpDueBy(new Date('2027-03-12T19:00:00Z'), calendar).toISOString() // Fri 11:00 → '2027-03-13T01:00:00.000Z' (Fri 17:00)
 */
export function followUpDueBy(requestedAt: Date, calendar: BusinessCalendar): Date {
  const { day, minutes } = localTime(requestedAt, calendar.timeZone);
  const today = hoursOn(day, calendar);
  const due = today && minutes < today.close ? { day, hours: today } : businessDayFrom(addDays(day, 1), calendar);
  return zonedInstant(due.day, due.hours.close, calendar.timeZone);
}

/**
 * Business hours between two instants: the time both inside the city's
 * opening hours and between `from` and `to` (0 when `to` is not after `from`).
 *
 * @example
 * businessHoursBetween(new Date('2027-03-12T23:00:00Z'), new Date('2027-03-15T16:00:00Z'), calendar) // Fri 15:00 → Mon 09:00: 3
 */
export function businessHoursBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  if (to <= from) return 0;
  const last = localTime(to, calendar.timeZone).day;
  let total = 0;
  for (let day = localTime(from, calendar.timeZone).day; day <= last; day = addDays(day, 1)) {
    const hours = hoursOn(day, calendar);
    if (!hours) continue;
    const open = Math.max(zonedInstant(day, hours.open, calendar.timeZone).getTime(), from.getTime());
    const close = Math.min(zonedInstant(day, hours.close, calendar.timeZone).getTime(), to.getTime());
    if (close > open) total += close - open;
  }
  return total / 3_600_000;
}
