import { z } from 'zod';
import { isIsoDay } from './calendar-days.js';

/** Opening and closing, in minutes since local midnight, of one weekday; closing may be 1440 (24:00). */
export interface OpeningHours {
  open: number;
  close: number;
}

/** Opening hours by weekday, Sunday first (as `Date.getUTCDay()` counts), null on a closed day. */
export type WeeklyHours = readonly (OpeningHours | null)[];

/** What "a business day" means for a city: its weekly hours, its zone and its holidays (docs/design.md §12). */
export interface BusinessCalendar {
  hours: WeeklyHours;
  timeZone: string;
  /** Closed days, `YYYY-MM-DD` in the city's zone. */
  holidays: ReadonlySet<string>;
}

export const DEFAULT_BUSINESS_HOURS = 'Mon-Fri 08:00-17:00';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const SEGMENT = /^([a-z]{3})(?:-([a-z]{3}))?\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})$/i;

const weekday = (name: string): number => {
  const index = WEEKDAYS.indexOf(name.toLowerCase());
  if (index < 0) throw new Error(`"${name}" is not a weekday (Mon, Tue, Wed, Thu, Fri, Sat, Sun)`);
  return index;
};

const minutesOf = (hours: string, minutes: string): number => {
  const value = Number(hours) * 60 + Number(minutes);
  if (Number(minutes) > 59 || value > 1440) throw new Error(`${hours}:${minutes} is not a time of day`);
  return value;
};

/**
 * Reads weekly business hours written like `Mon-Fri 08:00-17:00` or
 * `Mon-Thu 07:30-18:00, Fri 08:00-12:00` (24-hour times; a range of days
 * may wrap, `Sat-Sun`). Throws an Error with a one-line message on anything else.
 *
 * @example
 * parseBusinessHours('Mon-Fri 08:00-17:00')[1] // → { open: 480, close: 1020 }
 */
export function parseBusinessHours(text: string): WeeklyHours {
  const hours: (OpeningHours | null)[] = Array.from({ length: 7 }, () => null);
  for (const segment of text.split(/[,;]/).map((part) => part.trim())) {
    const match = SEGMENT.exec(segment);
    if (!match) throw new Error(`"${segment}" is not like "Mon-Fri 08:00-17:00"`);
    const [, first = '', last, openH = '', openM = '', closeH = '', closeM = ''] = match;
    const open = minutesOf(openH, openM);
    const close = minutesOf(closeH, closeM);
    if (open >= close) throw new Error(`in "${segment}" the opening time must come before the closing time`);
    const from = weekday(first);
    const to = last === undefined ? from : weekday(last);
    for (let day = from; ; day = (day + 1) % 7) {
      if (hours[day]) throw new Error(`${WEEKDAYS[day]} is given twice`);
      hours[day] = { open, close };
      if (day === to) break;
    }
  }
  return hours;
}

/** `MV_BUSINESS_HOURS` as a setting: the text, read into weekly hours, with a one-line error. */
export const BusinessHoursSchema = z.string().transform((text, ctx): WeeklyHours => {
  try {
    return parseBusinessHours(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** `MV_HOLIDAYS` as a setting: a comma list of `YYYY-MM-DD` days, possibly empty. */
export const HolidaysSchema = z.string().transform((text, ctx): ReadonlySet<string> => {
  const days = text
    .split(',')
    .map((day) => day.trim())
    .filter((day) => day !== '');
  const wrong = days.find((day) => !isIsoDay(day));
  if (wrong !== undefined) {
    ctx.addIssue({ code: 'custom', message: `"${wrong}" is not a day written YYYY-MM-DD` });
    return z.NEVER;
  }
  return new Set(days);
});
