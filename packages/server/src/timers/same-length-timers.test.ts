// One Node timer for many of the same length: each fires at its time or
// within the granularity after, a cancelled one never fires (nor keeps what
// it would call), and the same function started twice is two timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TIMER_GRANULARITY_MS, sameLengthTimers } from './same-length-timers.js';

describe('sameLengthTimers', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('never fires a cancelled timer, and fires the others in time', async () => {
    const start = sameLengthTimers(1_000);
    const fired: number[] = [];
    const cancels = Array.from({ length: 10 }, (_, i) => start(() => fired.push(i)));
    for (const i of [1, 4, 7]) cancels[i]!();
    await vi.advanceTimersByTimeAsync(999);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(TIMER_GRANULARITY_MS + 1);
    expect(fired).toEqual([0, 2, 3, 5, 6, 8, 9]);
  });

  it('counts the same function started twice as two timers, each cancelled on its own', async () => {
    const start = sameLengthTimers(500);
    let calls = 0;
    const fire = () => (calls += 1);
    start(fire);
    const cancelSecond = start(fire);
    start(fire);
    cancelSecond();
    await vi.advanceTimersByTimeAsync(500 + TIMER_GRANULARITY_MS);
    expect(calls).toBe(2);
  });
});
