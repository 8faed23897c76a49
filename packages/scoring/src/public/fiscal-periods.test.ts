import { describe, expect, it } from 'vitest';
import { calendarMonth, endedPeriods, fiscalQuarter, lastEndedPeriods } from './fiscal-periods.js';

describe('fiscalQuarter', () => {
  it('names a July-start year by the year it ends in', () => {
    expect(fiscalQuarter('2026-07-01', 7)).toEqual({ label: 'FY2027-Q1', start: '2026-07-01', end: '2026-09-30' });
    expect(fiscalQuarter('2026-12-31', 7)).toEqual({ label: 'FY2027-Q2', start: '2026-10-01', end: '2026-12-31' });
    expect(fiscalQuarter('2027-02-28', 7)).toEqual({ label: 'FY2027-Q3', start: '2027-01-01', end: '2027-03-31' });
    expect(fiscalQuarter('2027-06-30', 7)).toEqual({ label: 'FY2027-Q4', start: '2027-04-01', end: '2027-06-30' });
  });

  it('makes a January-start year the calendar year', () => {
    expect(fiscalQuarter('2026-01-01', 1)).toEqual({ label: 'FY2026-Q1', start: '2026-01-01', end: '2026-03-31' });
    expect(fiscalQuarter('2026-11-15', 1)).toEqual({ label: 'FY2026-Q4', start: '2026-10-01', end: '2026-12-31' });
  });

  it('handles an October start and a leap February', () => {
    expect(fiscalQuarter('2027-12-01', 10)).toEqual({ label: 'FY2028-Q1', start: '2027-10-01', end: '2027-12-31' });
    expect(fiscalQuarter('2028-02-29', 10)).toEqual({ label: 'FY2028-Q2', start: '2028-01-01', end: '2028-03-31' });
  });
});

describe('endedPeriods', () => {
  it('gives whole periods overlapping the range and leaves out the one not yet ended', () => {
    const periods = endedPeriods({
      kind: 'quarter',
      from: '2026-05-10',
      to: '2027-01-15',
      today: '2026-12-04',
      fiscalYearStart: 7,
    });
    expect(periods.map((p) => p.label)).toEqual(['FY2026-Q4', 'FY2027-Q1']);
  });

  it('publishes a period from the day after its last', () => {
    const range = { kind: 'month' as const, from: '2026-10-01', to: '2026-11-30', fiscalYearStart: 7 };
    expect(endedPeriods({ ...range, today: '2026-11-30' }).map((p) => p.label)).toEqual(['2026-10']);
    expect(endedPeriods({ ...range, today: '2026-12-01' }).map((p) => p.label)).toEqual(['2026-10', '2026-11']);
  });
});

describe('lastEndedPeriods', () => {
  it('counts back from the last ended period', () => {
    expect(lastEndedPeriods('quarter', 3, '2026-12-04', 7).map((p) => p.label)).toEqual([
      'FY2026-Q3',
      'FY2026-Q4',
      'FY2027-Q1',
    ]);
    expect(lastEndedPeriods('month', 2, '2026-03-01', 7)).toEqual([
      calendarMonth('2026-01-15'),
      calendarMonth('2026-02-15'),
    ]);
  });
});
