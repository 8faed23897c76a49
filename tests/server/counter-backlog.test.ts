// The writer answers after committing the responses and counts them later,
// in folds of hundreds (migration 9); a staff read first folds what is not
// counted yet, so scores stay exact, and responses a crash left uncounted are
// counted once, by the next read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue, type Submission } from '@mv-feedback/scoring';
import {
  backlogStatements,
  computeScores,
  contentHash,
  groupCommitWriter,
  migrate,
  openDatabase,
  preparedWriteConnection,
  responseRowStatements,
} from '@mv-feedback/server';
import type { Client } from '@libsql/client';

const TIMEZONE = 'America/Los_Angeles';
const DAY = { from: '2026-12-04', to: '2026-12-04' };
let dir: string;
let file: string;
let db: Client;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-backlog-'));
  file = join(dir, 'backlog.db');
  db = await openDatabase({ dbUrl: `file:${file}` });
  await migrate(db);
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const item = (n: number) => {
  const submission: Submission = {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    survey: 'quick',
    answers: { listened: 5, positive: 4, accurate: null, 'did-best': 2 },
    comment: 'Thanks',
    context: { department: n % 2 ? 'permits' : 'library', channel: 'web' },
    locale: 'en',
  };
  return { submission, receivedAt: new Date('2026-12-04T18:00:00Z'), contentHash: contentHash(submission) };
};

const countedInTable = async () =>
  Number((await db.execute('SELECT coalesce(sum(responses), 0) FROM daily_counts')).rows[0]?.[0]);
const scores = () => computeScores(db, { catalogue: defaultCatalogue, minN: 1 }, DAY);

describe('counters folded after the commit', () => {
  it('are not written with the commit, and a read counts every stored response exactly once', async () => {
    const connection = preparedWriteConnection(file, 20);
    const writer = groupCommitWriter(connection, {
      catalogue: defaultCatalogue,
      timezone: TIMEZONE,
      foldAt: 10_000,
      foldAfterMs: 60_000,
    });
    const outcomes = await Promise.all(Array.from({ length: 120 }, (_, n) => writer.submit(item(n))));
    expect(outcomes.every((o) => o === 'stored')).toBe(true);
    // Answered and stored, not yet counted.
    expect(await countedInTable()).toBe(0);
    const read = await scores();
    expect(read.responses).toBe(120);
    expect(read.comments).toBe(120);
    expect(read.standards.find((s) => s.n > 0)?.n).toBe(120);
    expect(await scores()).toEqual(read);
    await writer.close();
    connection.close();
  });

  it('left uncounted by a crash between commit and fold, are counted once by the next read', async () => {
    const items = Array.from({ length: 30 }, (_, n) => item(1_000 + n));
    await db.batch(
      [
        ...responseRowStatements(items, { catalogue: defaultCatalogue, timezone: TIMEZONE }),
        ...backlogStatements(items.map((i) => i.submission.id)),
      ],
      'write',
    );
    expect((await scores()).responses).toBe(150);
    expect((await scores()).responses).toBe(150);
    expect(await countedInTable()).toBe(150);
    expect(Number((await db.execute('SELECT count(*) FROM counter_backlog')).rows[0]?.[0])).toBe(0);
  });
});
