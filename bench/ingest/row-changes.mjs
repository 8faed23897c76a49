// Row changes and writer CPU per stored response, with the diverse contexts of
// diverse-submissions.lua (department × channel × survey at random), by
// commit batch size, each on a fresh database file:
// - row changes: the writer's statements (responseWriteStatements), one write
//   transaction per batch, SQLite's total_changes() (every row inserted,
//   updated or deleted, triggers' rows included) read on the same connection;
// - CPU: the server's own writer (groupCommitWriter on its prepared
//   connection, synchronous=FULL), given one batch at a time, on this thread.
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
import { defaultCatalogue } from '../../packages/scoring/dist/index.js';
import {
  contentHash,
  groupCommitWriter,
  migrate,
  preparedWriteConnection,
  responseWriteStatements,
} from '../../packages/server/dist/index.js';

const total = Number(process.argv[2] ?? 2000);
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

function submissions(count) {
  const receivedAt = new Date('2026-12-04T15:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const submission = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      ...answers(),
      comment: 'Clear answers, thank you.',
      context: { department: pick(departments), channel: pick(channels) },
      locale: Math.random() < spanish ? 'es' : 'en',
    };
    return { submission, receivedAt, contentHash: contentHash(submission) };
  });
}

const options = { catalogue: defaultCatalogue, timezone: 'America/Los_Angeles' };
const results = {};
for (const batch of [1, 50, 500]) {
  const dir = mkdtempSync(join(tmpdir(), 'mv-row-changes-'));
  const db = createClient({ url: `file:${join(dir, 'changes.db')}` });
  try {
    await migrate(db);
    const items = submissions(total);
    const changes = async () => Number((await db.execute('SELECT total_changes()')).rows[0][0]);
    const before = await changes();
    for (let i = 0; i < items.length; i += batch) {
      await db.batch(responseWriteStatements(items.slice(i, i + batch), options), 'write');
    }
    const rowChanges = ((await changes()) - before) / total;
    const connection = preparedWriteConnection(join(dir, 'writer.db'), 20);
    await migrate(createClient({ url: `file:${join(dir, 'writer.db')}` }));
    const writer = groupCommitWriter(connection, { ...options, maxBatch: batch });
    const fresh = submissions(total).map((item) => ({
      ...item,
      submission: { ...item.submission, id: item.submission.id.replace(/^0{8}/, '11111111') },
    }));
    const cpu = process.cpuUsage();
    for (let i = 0; i < fresh.length; i += batch) {
      await Promise.all(fresh.slice(i, i + batch).map((item) => writer.submit(item)));
    }
    const used = process.cpuUsage(cpu);
    await writer.close();
    connection.close();
    results[`batch ${batch}`] = {
      rowChangesPerResponse: +rowChanges.toFixed(1),
      writerCpuMicrosPerResponse: Math.round((used.user + used.system) / total),
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(JSON.stringify(results));
