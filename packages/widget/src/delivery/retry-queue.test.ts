// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Submission } from '@mv-feedback/scoring';
import { retryQueue } from './retry-queue.js';

const submission = (id: string): Submission => ({
  id,
  survey: 'quick',
  answers: { listened: 5 },
  context: { department: 'permits', channel: 'web' },
  locale: 'en',
});

describe('retryQueue', () => {
  beforeEach(() => localStorage.clear());

  it('keeps entries in localStorage under a key per endpoint', () => {
    const a = retryQueue('https://a.example');
    const b = retryQueue('https://b.example');
    a.put({ submission: submission('1'), failures: 0, nextAt: 0, holdUntil: 0 });
    expect(a.key).toBe('mv-feedback:queue:https://a.example');
    expect(JSON.parse(localStorage.getItem(a.key)!)).toHaveLength(1);
    expect(b.list()).toEqual([]);
    // A second queue object (a reload, another tab) sees the same entries.
    expect(retryQueue('https://a.example').list()[0]?.submission.answers).toEqual({ listened: 5 });
  });

  it('replaces an entry with the same id and removes by id', () => {
    const q = retryQueue('x');
    q.put({ submission: submission('1'), failures: 0, nextAt: 0, holdUntil: 0 });
    q.put({ submission: submission('2'), failures: 0, nextAt: 0, holdUntil: 0 });
    q.put({ submission: submission('1'), failures: 3, nextAt: 8000, holdUntil: 0 });
    expect(q.list().map((e) => [e.submission.id, e.failures])).toEqual([
      ['2', 0],
      ['1', 3],
    ]);
    q.remove('2');
    q.remove('1');
    expect(q.list()).toEqual([]);
    expect(localStorage.getItem(q.key)).toBeNull();
  });

  it('survives unreadable or refused storage', () => {
    localStorage.setItem('mv-feedback:queue:y', '{not json');
    const q = retryQueue('y');
    expect(q.list()).toEqual([]);
    localStorage.setItem(
      q.key,
      JSON.stringify([
        null,
        7,
        { submission: {} },
        { submission: submission('ok'), failures: 0, nextAt: 0, holdUntil: 0 },
      ]),
    );
    expect(q.list().map((e) => e.submission.id)).toEqual(['ok']);
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const mem = retryQueue('z', refusing);
    mem.put({ submission: submission('9'), failures: 0, nextAt: 0, holdUntil: 0 });
    expect(mem.list().map((e) => e.submission.id)).toEqual(['9']);
  });
});
