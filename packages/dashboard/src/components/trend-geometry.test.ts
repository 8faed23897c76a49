import { describe, expect, it } from 'vitest';
import type { TrendPoint } from '@mv-feedback/scoring';
import { bandPath, linePath, trendRuns, xAt, yAt, type ChartBox } from './trend-geometry.js';

const box: ChartBox = { width: 120, height: 120, left: 10, right: 10, top: 10, bottom: 10 };
const point = (score: number | null): TrendPoint => ({
  start: '2026-01-05',
  end: '2026-01-11',
  n: score === null ? 3 : 40,
  score,
  ciLow: score === null ? null : score - 10,
  ciHigh: score === null ? null : score + 10,
  suppressed: score === null,
});

describe('trend geometry', () => {
  it('maps 0–100 onto the plot, 100 at the top', () => {
    expect(yAt(box, 100)).toBe(10);
    expect(yAt(box, 0)).toBe(110);
    expect(yAt(box, 50)).toBe(60);
    expect(xAt(box, 0, 3)).toBe(10);
    expect(xAt(box, 2, 3)).toBe(110);
    expect(xAt(box, 0, 1)).toBe(60);
  });

  it('breaks the line at a suppressed period', () => {
    const runs = trendRuns(box, [point(50), point(60), point(null), point(70)]);
    expect(runs.map((run) => run.length)).toEqual([2, 1]);
    expect(linePath(runs[0]!)).toBe('M10.0,60.0 L43.3,50.0');
  });

  it('draws the band along the upper bounds and back along the lower ones', () => {
    const [run] = trendRuns(box, [point(50), point(60)]);
    expect(bandPath(run!)).toBe('M10.0,50.0 L110.0,40.0 L110.0,60.0 L10.0,70.0 Z');
  });
});
