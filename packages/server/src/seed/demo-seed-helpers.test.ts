import { describe, expect, it } from 'vitest';
import { mulberry32, randomUuid, weightedPick } from './prng.js';
import { dayStart } from './zoned-instant.js';

describe('demo seed helpers', () => {
  it('starts a city day at local midnight', () => {
    expect(new Date(dayStart('2026-07-01', 'America/Los_Angeles')).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(new Date(dayStart('2026-01-15', 'America/Los_Angeles')).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(new Date(dayStart('2026-01-15', 'Asia/Kolkata')).toISOString()).toBe('2026-01-14T18:30:00.000Z');
  });

  it('makes version-4 UUIDs, the same for the same seed', () => {
    const a = mulberry32(5);
    const b = mulberry32(5);
    for (let i = 0; i < 200; i++) {
      const id = randomUuid(a);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(randomUuid(b)).toBe(id);
    }
  });

  it('picks by weight', () => {
    const random = mulberry32(9);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 4000; i++)
      counts[
        weightedPick(random, [
          ['a', 3],
          ['b', 1],
        ] as const)
      ] += 1;
    expect(counts.a / 4000).toBeGreaterThan(0.7);
    expect(counts.a / 4000).toBeLessThan(0.8);
  });
});
