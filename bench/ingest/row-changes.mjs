// Row changes and writer CPU per stored response, with the diverse contexts of
// diverse-submissions.lua (department × channel × survey at random), as the
// ingest writer stores them: commits of `commit` responses (their rows and
// their ids in the counters' backlog), and the counters folded after the
// commit `fold` responses at a time (migration 9), in steps (migration 11).
// Each on a fresh database file:
// - row changes: the same statements on one embedded connection, SQLite's
//   total_changes() (every row inserted, updated or deleted, triggers' rows
//   included) read on it;
// - CPU: the server's own writer (groupCommitWriter on its prepared
//   connection, synchronous=FULL, maxBatch `commit`, foldAt `fold`), given
//   one batch at a time, on this thread, its backlog folded at the end.
// Not part of `npm run bench`.
//
// A share of the responses in Spanish (0 by default) measures the language
// cube, which English responses never write.
//
//   node bench/ingest/row-changes.mjs [responses] [share in Spanish, 0-1]
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
  groupCommitWriter,
  migrate,
  preparedWriteConnection,
  responseRowStatements,
} from '../../packages/server/dist/index.js';

const total = Number(process.argv[2] ?? 4000);
const spanish = Number(process.argv[3] ?? 0);
const departments = defaultCatalogue.departments.map((d) => d.id);
const channels = ['in-person', 'phone', 'email', 'web', 'field', 'other'];
const grade = () => 1 + Math.floor(Math.random() * 5);
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const answers = () =>
  Math.random() < 0.5
    ? { survey: 'quick', answers: { listened: grade(), positive: grade(), accurate: null, 'did-best': grade() } }
    : {
        survey: 'full',
        answers: { 'same-day': 'yes', professional: grade(), positive: grade(), listened: grade(), 'at-ease': null },
      };

function submissions(count, prefix) {
  const receivedAt = new Date('2026-12-04T15:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const submission = {
      id: `${prefix}-0000-4000-8000-${String(i).padStart(12, '0')}`,
      ...answers(),
      comment: 'Clear answers, thank you.',
      context: { department: pick(departments), channel: pick(channels) },
      locale: Math.random() < spanish ? 'es' : 'en',
    };
    return { submission, receivedAt, contentHash: contentHash(submission) };
  });
}

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

const options = { catalogue: defaultCatalogue, timezone: 'America/Los_Angeles' };
const results = {};
for (const [commit, fold] of [
  [50, 50],
  [50, 500],
  [50, 2000],
]) {
  const dir = mkdtempSync(join(tmpdir(), 'mv-row-changes-'));
  try {
    const file = join(dir, 'changes.db');
    const client = createClient({ url: `file:${file}` });
    await migrate(client);
    client.close();
    const db = new Database(file);
    const items = submissions(total, '00000000');
    const changes = () => Number(db.prepare('SELECT total_changes()').raw(true).get()[0]);
    const before = changes();
    for (let i = 0; i < items.length; i += commit) {
      const batch = items.slice(i, i + commit);
      db.exec('BEGIN IMMEDIATE');
      await transaction(db).run([
        ...responseRowStatements(batch, options),
        ...backlogStatements(batch.map((item) => item.submission.id)),
      ]);
      db.exec('COMMIT');
      if ((i + commit) % fold === 0 || i + commit >= items.length) {
        // The whole fold, step after step (its record in counter_fold included).
        const folder = counterFolder(options, fold);
        for (let state = 'folding'; state === 'folding';) {
          db.exec('BEGIN IMMEDIATE');
          ({ state } = await folder.step(transaction(db)));
          db.exec(state === 'idle' ? 'ROLLBACK' : 'COMMIT');
        }
      }
    }
    const rowChanges = (changes() - before) / total;
    db.close();
    const writerFile = join(dir, 'writer.db');
    const writerClient = createClient({ url: `file:${writerFile}` });
    await migrate(writerClient);
    writerClient.close();
    const connection = preparedWriteConnection(writerFile, 20);
    const writer = groupCommitWriter(connection, { ...options, maxBatch: commit, foldAt: fold, foldAfterMs: 60_000 });
    const fresh = submissions(total, '11111111');
    const cpu = process.cpuUsage();
    for (let i = 0; i < fresh.length; i += commit) {
      await Promise.all(fresh.slice(i, i + commit).map((item) => writer.submit(item)));
    }
    await writer.settle();
    const used = process.cpuUsage(cpu);
    await writer.close();
    connection.close();
    results[`commit ${commit}, fold ${fold}`] = {
      rowChangesPerResponse: +rowChanges.toFixed(1),
      writerCpuMicrosPerResponse: Math.round((used.user + used.system) / total),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(JSON.stringify(results));
