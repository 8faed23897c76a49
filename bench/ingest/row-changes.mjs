// Row changes and writer CPU per stored response, with the diverse contexts of
// diverse-submissions.lua (department × channel × survey at random), by
// commit batch size: the writer's statements (responseWriteStatements) on a
// fresh database file, one write transaction per batch, SQLite's
// total_changes() (every row inserted, updated or deleted, triggers' rows
// included) read on the same connection. Not part of `npm run bench`.
//
//   node bench/ingest/row-changes.mjs [responses]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { defaultCatalogue } from '../../packages/scoring/dist/index.js';
import { contentHash, migrate, responseWriteStatements } from '../../packages/server/dist/index.js';

const total = Number(process.argv[2] ?? 2000);
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
      locale: 'en',
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
    const cpu = process.cpuUsage();
    for (let i = 0; i < items.length; i += batch) {
      await db.batch(responseWriteStatements(items.slice(i, i + batch), options), 'write');
    }
    const used = process.cpuUsage(cpu);
    results[`batch ${batch}`] = {
      rowChangesPerResponse: +((await changes()) - before) / total,
      writerCpuMicrosPerResponse: Math.round((used.user + used.system) / total),
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(JSON.stringify(results));
