// Row changes per stored response: the writer's statements for a list of
// submissions replayed on one embedded connection of a fresh database file,
// commits of `commit` responses (their rows and their ids in the counters'
// backlog), and the counters folded after every `fold` responses, step after
// step, as the writer folds them after its commits (migrations 9 and 11).
// SQLite's total_changes() counts every row inserted, updated or deleted.
// The submissions are those of the wrk scripts beside this file: the few
// contexts of submissions.lua, or diverse-submissions.lua's department ×
// channel × survey drawn at random.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import Database from 'libsql';
import { defaultCatalogue } from '../../packages/scoring/dist/index.js';
import {
  backlogStatements,
  contentHash,
  counterFolder,
  migrate,
  responseRowStatements,
} from '../../packages/server/dist/index.js';

export const WRITER_OPTIONS = { catalogue: defaultCatalogue, timezone: 'America/Los_Angeles' };

const departments = defaultCatalogue.departments.map((d) => d.id);
const channels = ['in-person', 'phone', 'email', 'web', 'field', 'other'];
const grade = () => 1 + Math.floor(Math.random() * 5);
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const receivedAt = new Date('2026-12-04T15:00:00Z');
const id = (prefix, i) => `${prefix}-0000-4000-8000-${String(i).padStart(12, '0')}`;
const writerItem = (submission) => ({ submission, receivedAt, contentHash: contentHash(submission) });

/** submissions.lua's body: the quick survey, one department and channel. */
export const fewContextSubmissions = (count, prefix) =>
  Array.from({ length: count }, (_, i) =>
    writerItem({
      id: id(prefix, i),
      survey: 'quick',
      answers: { listened: 5, positive: 4, accurate: null },
      comment: 'Clear answers, thank you.',
      context: { department: 'permits', channel: 'in-person' },
      locale: 'en',
    }),
  );

/** diverse-submissions.lua's bodies; a share of them in Spanish (0 by default) also writes the language cube. */
export const diverseSubmissions = (count, prefix, spanish = 0) =>
  Array.from({ length: count }, (_, i) =>
    writerItem({
      id: id(prefix, i),
      ...(Math.random() < 0.5
        ? { survey: 'quick', answers: { listened: grade(), positive: grade(), accurate: null, 'did-best': grade() } }
        : {
            survey: 'full',
            answers: {
              'same-day': 'yes',
              professional: grade(),
              positive: grade(),
              listened: grade(),
              'at-ease': null,
            },
          }),
      comment: 'Clear answers, thank you.',
      context: { department: pick(departments), channel: pick(channels) },
      locale: Math.random() < spanish ? 'es' : 'en',
    }),
  );

/** A write transaction on one embedded connection, as a counter folder's step takes it. */
const transaction = (db) => ({
  query: (statement) =>
    typeof statement === 'string'
      ? db.prepare(statement).raw(true).all()
      : db.prepare(statement.sql).raw(true).all(statement.args),
  run: async (statements) => {
    for (const { sql, args } of statements) db.prepare(sql).run(args);
  },
});

/** Row changes per response of storing and folding `items` (see the top of this file). */
export async function rowChangesPerResponse(items, { commit, fold }) {
  const dir = mkdtempSync(join(tmpdir(), 'mv-row-changes-'));
  try {
    const file = join(dir, 'changes.db');
    const client = createClient({ url: `file:${file}` });
    await migrate(client);
    client.close();
    const db = new Database(file);
    try {
      const changes = () => Number(db.prepare('SELECT total_changes()').raw(true).get()[0]);
      const before = changes();
      for (let i = 0; i < items.length; i += commit) {
        const batch = items.slice(i, i + commit);
        db.exec('BEGIN IMMEDIATE');
        await transaction(db).run([
          ...responseRowStatements(batch, WRITER_OPTIONS),
          ...backlogStatements(batch.map((item) => item.submission.id)),
        ]);
        db.exec('COMMIT');
        if ((i + commit) % fold === 0 || i + commit >= items.length) {
          // The whole fold, step after step (its record in counter_fold included).
          const folder = counterFolder(WRITER_OPTIONS, fold);
          for (let state = 'folding'; state === 'folding';) {
            db.exec('BEGIN IMMEDIATE');
            ({ state } = await folder.step(transaction(db)));
            db.exec(state === 'idle' ? 'ROLLBACK' : 'COMMIT');
          }
        }
      }
      return (changes() - before) / items.length;
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
