// The writer answers after committing the responses and counts them later,
// in folds of hundreds (migration 9) run in steps between its commits
// (migration 11); a staff read first folds what is not counted yet, so scores
// stay exact, and responses a crash left uncounted, or a fold a crash left
// half done, are counted once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue, type Submission } from '@mv-feedback/scoring';
import {
  backlogStatements,
  clientWriteConnection,
  computeScores,
  contentHash,
  counterFolder,
  groupCommitWriter,
  migrate,
  openDatabase,
  preparedWriteConnection,
  responseRowStatements,
  responseWriteStatements,
  stepInTransaction,
  type CounterFolder,
} from '@mv-feedback/server';
import type { Client, InStatement } from '@libsql/client';
import { filingCounterStatements } from './older-release.js';

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
    // The fold a writer runs when it starts (of what a crash left), out of the way first.
    await writer.settle();
    const outcomes = await Promise.all(Array.from({ length: 120 }, (_, n) => writer.submit(item(n))));
    expect(outcomes.every((o) => o === 'stored')).toBe(true);
    await writer.flush();
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

const departments = (defaultCatalogue.departments ?? []).map((d) => d.id);
const channels = ['in-person', 'phone', 'email', 'web', 'field', 'other'] as const;
const locales = ['en', 'es', 'vi'] as const;

/** Responses from many departments, channels, surveys, days and languages; some with a comment, some verified. */
const diverse = (count: number) =>
  Array.from({ length: count }, (_, n) => {
    const full = n % 3 === 0;
    const submission: Submission = {
      id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
      survey: full ? 'full' : 'quick',
      answers: full
        ? { 'same-day': n % 2 ? 'yes' : 'no', professional: (n % 5) + 1, positive: ((n >> 1) % 5) + 1 }
        : { listened: (n % 5) + 1, positive: n % 4 ? ((n >> 2) % 5) + 1 : null, 'did-best': ((n >> 3) % 5) + 1 },
      ...(n % 4 === 0 ? { comment: 'Thank you' } : {}),
      context: { department: departments[n % departments.length], channel: channels[n % channels.length] },
      locale: locales[n % locales.length]!,
    };
    return {
      submission,
      receivedAt: new Date(Date.UTC(2026, 10, 20 + (n % 10), 18)),
      contentHash: contentHash(submission),
      ...(n % 7 === 0 ? { invitation: `invitation-${n}` } : {}),
    };
  });

const OPTIONS = { catalogue: defaultCatalogue, timezone: TIMEZONE };

/** Every counter table's rows, in key order: what the scores are read from. */
async function counters(database: Client): Promise<Record<string, unknown[]>> {
  const tables = (
    await database.execute(
      `SELECT name FROM sqlite_schema WHERE type = 'table'
        AND (name LIKE '%cube' OR name LIKE '%rollups' OR name LIKE '%counts' OR name LIKE '%alpha')
        AND name NOT LIKE '%offer_cube' ORDER BY name`,
    )
  ).rows.map((row) => String(row[0]));
  const all: Record<string, unknown[]> = {};
  for (const table of tables)
    all[table] = (await database.execute(`SELECT * FROM ${table} ORDER BY 1, 2, 3, 4, 5`)).rows;
  return all;
}

describe('a fold in steps', () => {
  const items = diverse(300);
  let reference: Record<string, unknown[]>;
  const databases: Client[] = [];

  /** A database holding the responses with their counters written at once. */
  beforeAll(async () => {
    const database = await openDatabase({ dbUrl: `file:${join(dir, 'at-once.db')}` });
    databases.push(database);
    await migrate(database);
    await database.batch(responseWriteStatements(items, OPTIONS), 'write');
    reference = await counters(database);
    expect(reference['verified_rollup_cube']?.length).toBeGreaterThan(0);
    expect(reference['language_rollup_cube']?.length).toBeGreaterThan(0);
    expect(
      (await database.execute('SELECT count(*) FROM rollup_cube WHERE comments_unfavorable > 0')).rows[0]?.[0],
    ).toBeGreaterThan(0);
  });

  afterAll(() => {
    for (const database of databases) database.close();
  });

  /** A database holding the responses, stored as the writer commits them: uncounted, in the backlog. */
  async function backlogged(name: string): Promise<Client> {
    const database = await openDatabase({ dbUrl: `file:${join(dir, name)}` });
    databases.push(database);
    await migrate(database);
    await database.batch(
      [...responseRowStatements(items, OPTIONS), ...backlogStatements(items.map((i) => i.submission.id))],
      'write',
    );
    return database;
  }

  const foldState = async (database: Client) => ({
    backlog: Number((await database.execute('SELECT count(*) FROM counter_backlog')).rows[0]?.[0]),
    stepsDone: (await database.execute('SELECT steps_done FROM counter_fold')).rows.map((row) => Number(row[0])),
  });

  /** Steps `folder` until the fold records `steps` done (its first steps read the responses back and write no counter). */
  async function stepUntil(database: Client, folder: CounterFolder, steps: number): Promise<void> {
    const connection = clientWriteConnection(database);
    for (let call = 0; call < 50; call++) {
      if ((await foldState(database)).stepsDone[0] === steps) return;
      expect((await stepInTransaction(connection, folder)).state).toBe('folding');
    }
    throw new Error(`no ${steps} steps done after 50 calls`);
  }

  it('reads its responses back and adds them up over steps that write no counter yet', async () => {
    const database = await backlogged('reading.db');
    const connection = clientWriteConnection(database);
    const folder = counterFolder(OPTIONS);
    expect((await stepInTransaction(connection, folder)).state).toBe('folding');
    // 250 of the 300 read: the fold is recorded, and nothing counted.
    expect(await foldState(database)).toEqual({ backlog: 300, stepsDone: [0] });
    expect(Object.values(await counters(database)).flat()).toEqual([]);
    expect((await stepInTransaction(connection, folder)).state).toBe('folding');
    expect(await foldState(database)).toEqual({ backlog: 300, stepsDone: [0] });
    expect((await stepInTransaction(connection, folder)).state).toBe('folding');
    expect(await foldState(database)).toEqual({ backlog: 300, stepsDone: [1] });
    while ((await stepInTransaction(connection, folder)).state !== 'idle');
    expect(await counters(database)).toEqual(reference);
  });

  it('ends a step where a cube spread begins in a fold of more than 250, and writes a small fold in the step that reads it', async () => {
    // Steps of unbounded size: only the pauses can end one before the last.
    const database = await backlogged('pauses.db');
    const connection = clientWriteConnection(database);
    const folder = counterFolder(OPTIONS, 2_000, 1_000_000);
    const states: string[] = [];
    for (let state = ''; state !== 'idle'; states.push(state))
      state = (await stepInTransaction(connection, folder)).state;
    // 2 reading steps, then more than one writing step, the last 'folded'.
    expect(states.filter((state) => state === 'folding').length).toBeGreaterThan(3);
    expect(states.slice(-2)).toEqual(['folded', 'idle']);
    expect(await counters(database)).toEqual(reference);

    const small = await openDatabase({ dbUrl: `file:${join(dir, 'small.db')}` });
    databases.push(small);
    await migrate(small);
    const few = items.slice(0, 40);
    await small.batch(
      [...responseRowStatements(few, OPTIONS), ...backlogStatements(few.map((i) => i.submission.id))],
      'write',
    );
    const smallConnection = clientWriteConnection(small);
    expect(await stepInTransaction(smallConnection, counterFolder(OPTIONS, 2_000, 1_000_000))).toEqual({
      state: 'folded',
      responses: 40,
    });
  });

  it('resumed by another process after a crash between steps, counts each response once', async () => {
    const database = await backlogged('crashed.db');
    const connection = clientWriteConnection(database);
    await stepUntil(database, counterFolder(OPTIONS, 2_000, 200), 3);
    expect(await foldState(database)).toEqual({ backlog: 300, stepsDone: [3] });
    expect(await counters(database)).not.toEqual(reference);
    // The first process dies here. The next, whose own steps are larger, goes on with the steps recorded.
    const next = counterFolder(OPTIONS);
    const states: string[] = [];
    for (let state = ''; state !== 'idle'; states.push(state))
      state = (await stepInTransaction(connection, next)).state;
    expect(states.at(-2)).toBe('folded');
    expect(states.filter((state) => state === 'folding').length).toBeGreaterThan(10);
    expect(await foldState(database)).toEqual({ backlog: 0, stepsDone: [] });
    expect(await counters(database)).toEqual(reference);
  });

  it('whose step is rolled back (its commit failed), runs that step again and counts each response once', async () => {
    const database = await backlogged('rolled-back.db');
    const connection = clientWriteConnection(database);
    const folder = counterFolder(OPTIONS, 2_000, 300);
    await stepUntil(database, folder, 2);
    const before = await counters(database);
    const tx = await connection.transaction();
    expect((await folder.step(tx)).state).toBe('folding');
    tx.close();
    expect(await counters(database)).toEqual(before);
    expect((await foldState(database)).stepsDone).toEqual([2]);
    while ((await stepInTransaction(connection, folder)).state !== 'idle');
    expect(await counters(database)).toEqual(reference);
  });

  it('shared by two processes taking turns, counts each response once', async () => {
    const database = await backlogged('shared.db');
    const connection = clientWriteConnection(database);
    const folders: CounterFolder[] = [counterFolder(OPTIONS, 2_000, 300), counterFolder(OPTIONS, 2_000, 300)];
    let turns = 0;
    while ((await stepInTransaction(connection, folders[turns % 2]!)).state !== 'idle') turns += 1;
    expect(turns).toBeGreaterThan(10);
    expect(await counters(database)).toEqual(reference);
  });

  it('left half done, is finished by the next read, which counts each response once', async () => {
    const database = await backlogged('read.db');
    await stepUntil(database, counterFolder(OPTIONS, 2_000, 250), 5);
    const read = await computeScores(
      database,
      { catalogue: defaultCatalogue, minN: 1 },
      { from: '2026-11-01', to: '2026-12-31' },
    );
    expect(read.responses).toBe(300);
    expect(await counters(database)).toEqual(reference);
  });

  it('left half done by an older release, which cut its steps by size alone and filed comments, is finished as it began', async () => {
    const database = await backlogged('older.db');
    // That release's steps: the counters' statements in order, comments filed by standard (until migration 13)
    // and counted in statements of their own (until migration 14) among them, cut into runs of at most 500
    // arguments; 4 of them done.
    const statements = filingCounterStatements(items, defaultCatalogue, TIMEZONE, 'rollup_cube');
    const filed = statements
      .filter((statement) => statement.sql.startsWith('INSERT INTO comment_standards'))
      .reduce((rows, statement) => rows + statement.args.length / 8, 0);
    expect(filed).toBeGreaterThan(0);
    const steps: InStatement[][] = [];
    let size = Infinity;
    for (const statement of statements) {
      const args = typeof statement === 'string' || !Array.isArray(statement.args) ? 0 : statement.args.length;
      if (size + args > 500) {
        steps.push([]);
        size = 0;
      }
      steps.at(-1)!.push(statement);
      size += args;
    }
    expect(steps.length).toBeGreaterThan(10);
    await database.batch(
      [
        ...steps.slice(0, 4).flat(),
        {
          sql: `INSERT INTO counter_fold (one, fold, upto, step_arguments, steps_done)
            SELECT 1, 'older', max(seq), 500, 4 FROM counter_backlog`,
          args: [],
        },
      ],
      'write',
    );
    const connection = clientWriteConnection(database);
    const folder = counterFolder(OPTIONS);
    let calls = 0;
    while ((await stepInTransaction(connection, folder)).state !== 'idle') calls += 1;
    // Reading 300 back takes 2 steps; then the older release's steps from the fifth on, one a step.
    expect(calls).toBe(2 + steps.length - 4);
    expect(await counters(database)).toEqual(reference);
    // Its comments filed once each, in the table kept for such a fold.
    expect((await database.execute('SELECT count(*) FROM comment_standards')).rows[0]?.[0]).toBe(filed);
  });
});
