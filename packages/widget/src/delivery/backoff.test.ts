// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, backoffDelay, parseRetryAfter } from './backoff.js';

describe('backoffDelay', () => {
  it('doubles from one second', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(n))).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('stops at five minutes', () => {
    expect(backoffDelay(8)).toBe(256_000);
    expect(backoffDelay(9)).toBe(MAX_BACKOFF_MS);
    expect(backoffDelay(60)).toBe(MAX_BACKOFF_MS);
  });

  it('never waits less than Retry-After asks', () => {
    expect(backoffDelay(0, 30_000)).toBe(30_000);
    expect(backoffDelay(5, 1000)).toBe(32_000);
    expect(backoffDelay(20, 600_000)).toBe(600_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBe(0);
    expect(parseRetryAfter('-5', now)).toBe(0);
  });
});
