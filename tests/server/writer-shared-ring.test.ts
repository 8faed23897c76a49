// The HTTP thread's batches reach the writer thread through a shared ring,
// or in the message itself when the ring has no room (a writer far behind,
// or a batch bigger than the ring). With a 4 KiB ring, turns of one
// submission (about 400 bytes) go through it and turns of twenty (8 KiB) go
// the other way: every submission of either is stored, exactly as sent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@libsql/client';
import { defaultCatalogue, type Submission } from '@mv-feedback/scoring';
import type { fingerprint as Fingerprint } from '../../packages/server/src/db/store/content-hash.js';
import type { GroupCommitWriter } from '../../packages/server/src/writer/group-commit-writer.js';

let dir: string;
let db: Client;
let writer: GroupCommitWriter;
let fingerprint: typeof Fingerprint;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-shared-ring-'));
  const file = join(dir, 'feedback.db');
  // The built server: the writer thread runs from its .js module.
  const built = await import('../../packages/server/dist/index.js');
  const { threadedWriter } = await import('../../packages/server/dist/writer/threaded-writer.js');
  ({ fingerprint } = await import('../../packages/server/dist/db/store/content-hash.js'));
  db = await built.openDatabase({ dbUrl: `file:${file}` });
  await built.migrate(db);
  writer = await threadedWriter(
    {
      role: 'mv-feedback-writer',
      file,
      catalogue: defaultCatalogue,
      timezone: 'America/Los_Angeles',
      busyTimeoutMs: 20,
    },
    { ringBytes: 4096 },
  );
});

afterAll(async () => {
  await writer?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const submission = (n: number): Submission => ({
  id: `7d0c3b1a-2e4f-4a6b-8c9d-${String(n).padStart(12, '0')}`,
  survey: 'quick',
  answers: { listened: 1 + (n % 5), positive: 1 + ((n + 2) % 5) },
  comment: n % 3 === 0 ? `Comment ${n}: «merci», 谢谢` : null,
  context: { department: 'permits', channel: 'phone' },
  locale: 'en',
});

const item = (s: Submission) => {
  const { json, contentHash } = fingerprint(s);
  return { submission: s, submissionJson: json, contentHash, receivedAt: new Date('2026-12-07T18:00:00Z') };
};

describe('the writer thread with a ring too small for some batches', () => {
  it('stores every submission of every turn, whichever way its batch went', async () => {
    const sent: Submission[] = [];
    const outcomes: Promise<string>[] = [];
    for (let turn = 0; turn < 30; turn++) {
      for (let i = 0; i < (turn % 2 === 0 ? 1 : 20); i++) {
        const s = submission(sent.length);
        sent.push(s);
        outcomes.push(writer.submit(item(s)));
      }
      // The next turn of the event loop: what this one read goes as one batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(new Set(await Promise.all(outcomes))).toEqual(new Set(['stored']));
    const rows = await db.execute('SELECT id, answers, comment FROM responses ORDER BY id');
    expect(rows.rows.map((r) => [r.id, JSON.parse(String(r.answers)), r.comment])).toEqual(
      sent.map((s) => [s.id, s.answers, s.comment]),
    );
    // Sent again, each is a repeat of what was stored: its content came through whole.
    expect(await writer.submit(item(sent[7]!))).toBe('duplicate');
    expect(await writer.submit(item({ ...sent[8]!, answers: { listened: 5 } }))).toBe('conflict');
  });
});
