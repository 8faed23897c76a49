import { describe, expect, it } from 'vitest';
import { autoInterval } from './trend-interval.js';

const scores = (...counts: number[]) => ({ minN: 10, standards: counts.map((n) => ({ n })) }) as never;

describe('autoInterval', () => {
  it('picks weeks when the median standard has 1.5 × minN responses a week, months otherwise', () => {
    // 13 weeks in a quarter: 195 responses is 15 a week.
    expect(autoInterval(scores(195, 195, 10), '2026-01-01', '2026-04-01')).toBe('week');
    expect(autoInterval(scores(194, 194, 900), '2026-01-01', '2026-04-01')).toBe('month');
  });

  it('picks months when nothing was answered', () => {
    expect(autoInterval(scores(), '2026-01-01', '2026-01-31')).toBe('month');
  });
});
