import { describe, expect, it } from 'vitest';
import { BusinessHoursSchema, HolidaysSchema, parseBusinessHours, type BusinessCalendar } from './business-hours.js';
import { businessHoursBetween, followUpDueBy } from './follow-up-due.js';

const losAngeles: BusinessCalendar = {
  hours: parseBusinessHours('Mon-Fri 08:00-17:00'),
  timeZone: 'America/Los_Angeles',
  holidays: new Set(['2027-07-05', '2027-11-25', '2027-11-26']),
};
// Wall-clock times in Los Angeles as UTC instants: PST is UTC-8, PDT (2027-03-14 to 2027-11-07) UTC-7.
const due = (instant: string, calendar = losAngeles) => followUpDueBy(new Date(instant), calendar).toISOString();

describe('the due time of a follow-up (same day response)', () => {
  it('is the end of the day for a request made in business hours', () => {
    expect(due('2027-03-10T19:30:00Z')).toBe('2027-03-11T01:00:00.000Z'); // Wed 11:30 PST → Wed 17:00 PST
    expect(due('2027-06-16T23:59:59Z')).toBe('2027-06-17T00:00:00.000Z'); // Wed 16:59:59 PDT → Wed 17:00 PDT
  });

  it('counts a request made exactly at opening as in hours, exactly at closing as after hours', () => {
    expect(due('2027-06-16T15:00:00Z')).toBe('2027-06-17T00:00:00.000Z'); // Wed 08:00 → Wed 17:00
    expect(due('2027-06-17T00:00:00Z')).toBe('2027-06-18T00:00:00.000Z'); // Wed 17:00 → Thu 17:00
  });

  it('is the end of the day for a request made before opening on a business day', () => {
    expect(due('2027-06-16T13:00:00Z')).toBe('2027-06-17T00:00:00.000Z'); // Wed 06:00 → Wed 17:00
  });

  it('skips the weekend', () => {
    expect(due('2027-06-18T23:30:00Z')).toBe('2027-06-19T00:00:00.000Z'); // Fri 16:30 → Fri 17:00
    expect(due('2027-06-19T02:00:00Z')).toBe('2027-06-22T00:00:00.000Z'); // Fri 19:00 → Mon 17:00
    expect(due('2027-06-19T18:00:00Z')).toBe('2027-06-22T00:00:00.000Z'); // Sat 11:00 → Mon 17:00
    expect(due('2027-06-20T18:00:00Z')).toBe('2027-06-22T00:00:00.000Z'); // Sun 11:00 → Mon 17:00
  });

  it('skips holidays, also several in a row and one on the request day', () => {
    expect(due('2027-07-03T18:00:00Z')).toBe('2027-07-07T00:00:00.000Z'); // Sat 11:00, Mon holiday → Tue 17:00
    expect(due('2027-07-05T18:00:00Z')).toBe('2027-07-07T00:00:00.000Z'); // on the holiday itself → Tue
    expect(due('2027-11-24T18:00:00Z')).toBe('2027-11-25T01:00:00.000Z'); // Wed 10:00 → Wed 17:00
    expect(due('2027-11-25T02:00:00Z')).toBe('2027-11-30T01:00:00.000Z'); // Wed 18:00, Thu+Fri holidays → Mon 17:00
  });

  it('follows the wall clock across the spring-forward night of 2027-03-14', () => {
    expect(due('2027-03-13T02:00:00Z')).toBe('2027-03-16T00:00:00.000Z'); // Fri 18:00 PST → Mon 17:00 PDT
    expect(due('2027-03-14T10:30:00Z')).toBe('2027-03-16T00:00:00.000Z'); // Sun 03:30 PDT, just after the gap
    expect(due('2027-03-15T15:00:00Z')).toBe('2027-03-16T00:00:00.000Z'); // Mon 08:00 PDT, at opening
  });

  it('follows the wall clock across the fall-back night of 2027-11-07', () => {
    expect(due('2027-11-06T01:00:00Z')).toBe('2027-11-09T01:00:00.000Z'); // Fri 18:00 PDT → Mon 17:00 PST
    expect(due('2027-11-07T08:30:00Z')).toBe('2027-11-09T01:00:00.000Z'); // Sun 01:30 PDT (the first one)
    expect(due('2027-11-07T09:30:00Z')).toBe('2027-11-09T01:00:00.000Z'); // Sun 01:30 PST (the repeated one)
    expect(due('2027-11-08T16:00:00Z')).toBe('2027-11-09T01:00:00.000Z'); // Mon 08:00 PST, at opening
    expect(due('2027-11-09T01:00:00Z')).toBe('2027-11-10T01:00:00.000Z'); // Mon 17:00 PST, at closing
  });

  it('keeps its own hours per weekday and across midnight', () => {
    const split: BusinessCalendar = {
      hours: parseBusinessHours('Mon-Thu 07:00-18:00, Fri 08:00-12:00, Sat 00:00-24:00'),
      timeZone: 'America/Los_Angeles',
      holidays: new Set(),
    };
    expect(due('2027-06-18T20:00:00Z', split)).toBe('2027-06-20T07:00:00.000Z'); // Fri 13:00 → Sat 24:00
    expect(due('2027-06-18T18:00:00Z', split)).toBe('2027-06-18T19:00:00.000Z'); // Fri 11:00 → Fri 12:00
  });
});

describe('business hours between two instants', () => {
  it('counts only the open hours, over weekends, holidays and a DST night', () => {
    const hours = (from: string, to: string) => businessHoursBetween(new Date(from), new Date(to), losAngeles);
    expect(hours('2027-06-16T16:00:00Z', '2027-06-16T18:30:00Z')).toBe(2.5); // Wed 09:00 → 11:30
    expect(hours('2027-06-18T23:00:00Z', '2027-06-21T16:00:00Z')).toBe(2); // Fri 16:00 → Mon 09:00
    expect(hours('2027-03-12T23:00:00Z', '2027-03-15T16:00:00Z')).toBe(3); // Fri 15:00 PST → Mon 09:00 PDT
    expect(hours('2027-07-02T23:00:00Z', '2027-07-06T16:00:00Z')).toBe(2); // Fri 16:00, Mon holiday → Tue 09:00
    expect(hours('2027-06-17T03:00:00Z', '2027-06-17T05:00:00Z')).toBe(0); // the night
    expect(hours('2027-06-17T05:00:00Z', '2027-06-17T03:00:00Z')).toBe(0);
  });
});

describe('the business-hours settings', () => {
  it('refuse what they cannot read with one line', () => {
    const message = (text: string) => {
      const result = BusinessHoursSchema.safeParse(text);
      return result.success ? null : result.error.issues[0]?.message;
    };
    expect(message('Mon-Fri 08:00-17:00')).toBeNull();
    expect(message('Mon-Fri 8-17')).toBe('"Mon-Fri 8-17" is not like "Mon-Fri 08:00-17:00"');
    expect(message('Mon-Fry 08:00-17:00')).toMatch(/^"Fry" is not a weekday/);
    expect(message('Mon 17:00-08:00')).toMatch(/opening time must come before/);
    expect(message('Mon-Fri 08:00-17:00, Fri 18:00-19:00')).toBe('fri is given twice');
    expect(HolidaysSchema.parse('2027-07-05, 2027-12-24')).toEqual(new Set(['2027-07-05', '2027-12-24']));
    expect(HolidaysSchema.parse('')).toEqual(new Set());
    expect(HolidaysSchema.safeParse('2027-02-30').success).toBe(false);
  });
});
