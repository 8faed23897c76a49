// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Submission } from '@mv-feedback/scoring';
import { Outbox } from './outbox.js';
import { refusalNotes } from './refusal-notes.js';
import { retryQueue, type RetryQueue } from './retry-queue.js';
import type { SendOutcome } from './send-submission.js';

const submission = (id: string): Submission => ({
  id,
  survey: 'quick',
  answers: { positive: 5 },
  context: {},
  locale: 'en',
});

/** A stand-in for the network that answers from a script and records each attempt's time. */
function scriptedSend(outcomes: SendOutcome[]) {
  const attempts: Array<{ id: string; at: number }> = [];
  const send = async (_endpoint: string, s: Submission): Promise<SendOutcome> => {
    attempts.push({ id: s.id, at: Date.now() });
    return outcomes.shift() ?? { kind: 'stored', id: s.id };
  };
  return { attempts, send };
}

const retry = (status: number, retryAfterMs = 0): SendOutcome => ({ kind: 'retry', status, retryAfterMs });

describe('Outbox', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => vi.useRealTimers());

  it('keeps a submission queued until it is stored, retrying after 1, 2, 4 s', async () => {
    const { attempts, send } = scriptedSend([retry(503), retry(0), retry(502)]);
    const queue = retryQueue('e');
    const outbox = new Outbox('e', { queue, send });
    const seen: string[] = [];
    outbox.listen((id, outcome) => {
      seen.push(`${id}:${outcome.kind}`);
    });

    await outbox.submit(submission('a'));
    expect(queue.list().find((e) => e.submission.id === 'a')?.failures).toBe(1);
    await vi.advanceTimersByTimeAsync(7_000);
    expect(attempts.map((a) => a.at - 1_000_000)).toEqual([0, 1000, 3000, 7000]);
    expect(seen).toEqual(['a:retry', 'a:retry', 'a:retry', 'a:stored']);
    expect(queue.list()).toEqual([]);
  });

  it('waits as long as Retry-After asks, even when told to send now', async () => {
    const { attempts, send } = scriptedSend([retry(429, 30_000)]);
    const outbox = new Outbox('e', { send });
    await outbox.submit(submission('b'));
    await outbox.flush(true);
    expect(attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(attempts).toHaveLength(2);
  });

  it('drops a final refusal at once and never sends it again', async () => {
    const { attempts, send } = scriptedSend([{ kind: 'final', status: 400, code: 'invalid_body', message: 'x' }]);
    const queue = retryQueue('e');
    const outbox = new Outbox('e', { queue, send });
    await outbox.submit(submission('c'));
    await vi.advanceTimersByTimeAsync(600_000);
    expect(attempts).toHaveLength(1);
    expect(queue.list()).toEqual([]);
  });

  it('sends what an earlier page left queued, ahead of its backoff, when told to send now', async () => {
    retryQueue('e').put({ submission: submission('d'), failures: 4, nextAt: 1_000_000 + 16_000, holdUntil: 0 });
    const { attempts, send } = scriptedSend([]);
    const outbox = new Outbox('e', { send });
    await outbox.flush();
    expect(attempts).toHaveLength(0);
    await outbox.flush(true);
    expect(attempts.map((a) => a.id)).toEqual(['d']);
  });

  it('does not try the network while the browser is offline', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { attempts, send } = scriptedSend([]);
    const outbox = new Outbox('e', { send });
    const seen: SendOutcome[] = [];
    outbox.listen((_id, outcome) => {
      seen.push(outcome);
    });
    await outbox.submit(submission('f'));
    expect(attempts).toHaveLength(0);
    expect(seen).toEqual([retry(0)]);
    online.mockReturnValue(true);
    await outbox.flush(true);
    expect(attempts).toHaveLength(1);
    online.mockRestore();
  });

  it('runs one delivery at a time when asked twice', async () => {
    const { attempts, send } = scriptedSend([]);
    const outbox = new Outbox('e', { send });
    retryQueue('e').put({ submission: submission('g'), failures: 0, nextAt: 0, holdUntil: 0 });
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush(true)]);
    expect(attempts.map((a) => a.id)).toEqual(['g']);
  });

  it('does not send again an entry another tab settled while its own storage still lists it', async () => {
    const { attempts, send } = scriptedSend([]);
    const entry = { submission: submission('m'), failures: 1, nextAt: 0, holdUntil: 0 };
    retryQueue('stale').put(entry);
    // A tab whose copy of storage, written from another process, has not caught up yet.
    const lagging: RetryQueue = { ...retryQueue('stale'), list: () => [entry] };
    const other = new Outbox('stale', { queue: lagging, send });
    const heard: string[] = [];
    other.listen((id, outcome) => {
      heard.push(`${id}:${outcome.kind}`);
    });
    await new Outbox('stale', { send }).flush(true);
    await vi.waitFor(() => expect(heard).toEqual(['m:stored']));
    await other.flush(true);
    expect(attempts.map((a) => a.id)).toEqual(['m']);
  });

  describe('a final refusal of an entry no form on this page sent', () => {
    const refused: SendOutcome = { kind: 'final', status: 409, code: 'id_conflict', message: 'x' };
    // An endpoint per test: outboxes of earlier tests still hear their channel.
    let e = '';
    let tests = 0;
    beforeEach(() => {
      e = `refusals-${(tests += 1)}`;
    });
    const earlier = (id: string) =>
      retryQueue(e).put({ submission: submission(id), failures: 2, nextAt: 0, holdUntil: 0 });

    it('is noted in localStorage before listeners hear of it, taken once, and never sent again', async () => {
      earlier('h');
      const { attempts, send } = scriptedSend([refused]);
      const outbox = new Outbox(e, { send });
      const taken: unknown[] = [];
      outbox.listen(() => taken.push(...outbox.takeRefusals()));
      await outbox.flush(true);
      expect(taken).toEqual([{ id: 'h', status: 409 }]);
      expect(retryQueue(e).list()).toEqual([]);
      expect(outbox.takeRefusals()).toEqual([]);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(attempts).toHaveLength(1);
    });

    it('waits in localStorage for a widget of the next page load when no one took it', async () => {
      earlier('i');
      const { send } = scriptedSend([refused]);
      await new Outbox(e, { send }).flush(true);
      expect(JSON.parse(localStorage.getItem(`mv-feedback:refused:${e}`)!)).toEqual([{ id: 'i', status: 409 }]);
      const next = new Outbox(e, { send });
      expect(next.takeRefusals()).toEqual([{ id: 'i', status: 409 }]);
      expect(next.takeRefusals()).toEqual([]);
    });

    it('is not noted when a form on this page sent it: that form shows it', async () => {
      const { send } = scriptedSend([refused]);
      const outbox = new Outbox(e, { send });
      const seen: string[] = [];
      outbox.listen((id, outcome) => {
        seen.push(`${id}:${outcome.kind}`);
      });
      await outbox.submit(submission('j'));
      expect(seen).toEqual(['j:final']);
      expect(outbox.takeRefusals()).toEqual([]);
    });

    it('is withdrawn when another tab sends it and the tab whose form sent it is still open', async () => {
      const { send } = scriptedSend([retry(0), refused]);
      const first = new Outbox(e, { send });
      const heard: string[] = [];
      first.listen((id, outcome) => {
        heard.push(`${id}:${outcome.kind}`);
      });
      await first.submit(submission('k'));
      // The other tab holds the lock and sends the entry; no form there sent it, so it notes it.
      await new Outbox(e, { send }).flush(true);
      expect(localStorage.getItem(`mv-feedback:refused:${e}`)).toContain('"k"');
      await vi.waitFor(() => expect(heard).toEqual(['k:retry', 'k:final']));
      expect(refusalNotes(e).take()).toEqual([]);
    });

    it('reaches the listeners of another tab with the note already there to take', async () => {
      earlier('l');
      const { send } = scriptedSend([refused]);
      const other = new Outbox(e, { send });
      const taken: unknown[] = [];
      other.listen(() => taken.push(...other.takeRefusals()));
      await new Outbox(e, { send }).flush(true);
      await vi.waitFor(() => expect(taken).toEqual([{ id: 'l', status: 409 }]));
    });
  });
});
