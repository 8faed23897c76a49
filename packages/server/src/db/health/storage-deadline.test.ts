// The commit deadline's one timer for every waiting request: a request that
// does not settle hears 503 at its deadline or just after, never before; one that
// settles gets its own outcome, and requests begun at different times each
// fall due in turn. On vitest's fake clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TIMER_GRANULARITY_MS } from '../../timers/same-length-timers.js';
import { sameLengthDeadlines } from './storage-deadline.js';
import { StorageUnavailableError } from './storage-error.js';

const never = () => new Promise<never>(() => undefined);

/** Whether `promise` has settled, and how, without waiting on it. */
function watch<T>(promise: Promise<T>): { state: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } {
  const seen: { state: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = { state: 'pending' };
  promise.then(
    (value) => Object.assign(seen, { state: 'resolved', value }),
    (error: unknown) => Object.assign(seen, { state: 'rejected', error }),
  );
  return seen;
}

describe('sameLengthDeadlines', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('refuses a request that does not settle within the deadline, once it has passed', async () => {
    const within = sameLengthDeadlines(5_000, 'the write');
    const stalled = watch(within(never()));
    await vi.advanceTimersByTimeAsync(5_000 - 1);
    expect(stalled.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(TIMER_GRANULARITY_MS + 1);
    expect(stalled.state).toBe('rejected');
    expect(stalled.error).toBeInstanceOf(StorageUnavailableError);
    expect((stalled.error as Error).message).toBe('the write did not finish within 5 s');
  });

  it('gives a request that settles in time its own outcome, value or error', async () => {
    const within = sameLengthDeadlines(5_000, 'the write');
    const stored = watch(within(Promise.resolve('stored')));
    const failed = watch(within(Promise.reject(new Error('disk full'))));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stored).toEqual({ state: 'resolved', value: 'stored' });
    expect(failed.state).toBe('rejected');
    expect((failed.error as Error).message).toBe('disk full');
  });

  it('lets each of many requests fall due in turn, the settled ones among them left alone', async () => {
    const within = sameLengthDeadlines(1_000, 'the write');
    const seen: { begun: number; settles: boolean; watched: ReturnType<typeof watch<string>> }[] = [];
    for (let i = 0; i < 3_000; i++) {
      const settles = i % 3 !== 0;
      let settle!: (value: string) => void;
      const pending = new Promise<string>((resolve) => (settle = resolve));
      seen.push({ begun: i, settles, watched: watch(within(pending)) });
      if (settles) setTimeout(() => settle(`answer ${i}`), 500);
      await vi.advanceTimersByTimeAsync(1);
    }
    await vi.advanceTimersByTimeAsync(1_000 + TIMER_GRANULARITY_MS);
    for (const { begun, settles, watched } of seen) {
      expect([begun, watched.state]).toEqual([begun, settles ? 'resolved' : 'rejected']);
    }
  });

  it('answers a late request at its deadline or within the granularity after it, never before', async () => {
    const within = sameLengthDeadlines(1_000, 'the write');
    const late: { begun: number; heard?: number }[] = [];
    for (let i = 0; i < 40; i++) {
      const entry: { begun: number; heard?: number } = { begun: performance.now() };
      late.push(entry);
      within(never()).catch(() => (entry.heard = performance.now()));
      await vi.advanceTimersByTimeAsync(37);
    }
    await vi.advanceTimersByTimeAsync(1_000 + TIMER_GRANULARITY_MS);
    for (const { begun, heard } of late) {
      expect(heard! - begun).toBeGreaterThanOrEqual(1_000);
      expect(heard! - begun).toBeLessThanOrEqual(1_000 + TIMER_GRANULARITY_MS);
    }
  });
});
