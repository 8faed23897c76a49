import { describe, expect, it } from 'vitest';
import { addDays, cityDay, daysBetweenInclusive, isIsoDay, isValidTimeZone } from './calendar-days.js';

describe('city days', () => {
  it('counts an instant in the city time zone, not UTC', () => {
    expect(cityDay(new Date('2026-03-01T05:00:00Z'), 'America/Los_Angeles')).toBe('2026-02-28');
    expect(cityDay(new Date('2026-03-01T05:00:00Z'), 'Europe/Madrid')).toBe('2026-03-01');
  });
  it('turns the day at the city midnight, asked in any order and in two zones in turn', () => {
    const asked = [
      ['2026-03-01T07:59:59.999Z', 'America/Los_Angeles', '2026-02-28'],
      ['2026-03-01T08:00:00.000Z', 'America/Los_Angeles', '2026-03-01'],
      ['2026-03-01T08:00:00.000Z', 'Asia/Kolkata', '2026-03-01'],
      ['2026-03-01T07:59:00.000Z', 'America/Los_Angeles', '2026-02-28'],
      // The same minute in another zone is another day there.
      ['2026-03-01T07:59:30.000Z', 'Asia/Kolkata', '2026-03-01'],
      ['2026-03-01T07:59:45.000Z', 'America/Los_Angeles', '2026-02-28'],
      ['2026-02-28T18:29:59.999Z', 'Asia/Kolkata', '2026-02-28'],
      ['2026-02-28T18:30:00.000Z', 'Asia/Kolkata', '2026-03-01'],
    ] as const;
    for (const [instant, zone, day] of asked) expect(cityDay(new Date(instant), zone), `${instant} ${zone}`).toBe(day);
  });
  it('does calendar arithmetic across months and leap days', () => {
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetweenInclusive('2026-01-01', '2026-01-30')).toBe(30);
  });
  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('2026-2-3')).toBe(false);
    expect(isIsoDay('<script>')).toBe(false);
  });
  it('tells a real time zone from a typo', () => {
    expect(isValidTimeZone('America/Los_Angeles')).toBe(true);
    expect(isValidTimeZone('America/Springfield')).toBe(false);
  });
});
