import { describe, expect, it } from 'vitest';
import { periodRange } from './period-range.js';

describe('periodRange', () => {
  it('gives the last 30 days ending today, both ends included', () => {
    expect(periodRange('last-30-days', '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
  });

  it('gives this quarter up to today', () => {
    expect(periodRange('this-quarter', '2026-05-14')).toEqual({ from: '2026-04-01', to: '2026-05-14' });
    expect(periodRange('this-quarter', '2026-12-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('gives the whole previous quarter, across a year boundary', () => {
    expect(periodRange('last-quarter', '2026-05-14')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodRange('last-quarter', '2026-02-01')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(periodRange('last-quarter', '2026-08-01')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  });

  it('gives the year to date', () => {
    expect(periodRange('year-to-date', '2026-11-26')).toEqual({ from: '2026-01-01', to: '2026-11-26' });
  });
});
