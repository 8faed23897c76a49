import { describe, expect, it } from 'vitest';
import { onTimeRate } from './on-time-rate.js';

describe('the on-time rate', () => {
  it('is a share with its Wilson interval, as a score', () => {
    const rate = onTimeRate({ onTime: 13, n: 19 });
    expect(rate.rate).toBeCloseTo(68.421, 3);
    expect(rate.ciLow).toBeCloseTo(46.0104, 3);
    expect(rate.ciHigh).toBeCloseTo(84.6356, 3);
    expect(onTimeRate({ onTime: 12, n: 12 })).toMatchObject({ rate: 100, ciHigh: 100, suppressed: false });
  });

  it('is withheld under the minimum n, giving only n', () => {
    expect(onTimeRate({ onTime: 9, n: 9 })).toEqual({
      n: 9,
      onTime: null,
      rate: null,
      ciLow: null,
      ciHigh: null,
      suppressed: true,
    });
    expect(onTimeRate({ onTime: 3, n: 5 }, { minN: 5 }).suppressed).toBe(false);
  });
});
