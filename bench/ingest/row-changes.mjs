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
import { groupCommitWriter, migrate, preparedWriteConnection } from '../../packages/server/dist/index.js';
import { diverseSubmissions, rowChangesPerResponse, WRITER_OPTIONS } from './row-change-count.mjs';

const total = Number(process.argv[2] ?? 4000);
const spanish = Number(process.argv[3] ?? 0);

const results = {};
for (const [commit, fold] of [
  [50, 50],
  [50, 500],
  [50, 2000],
]) {
  const dir = mkdtempSync(join(tmpdir(), 'mv-row-changes-'));
  try {
    const rowChanges = await rowChangesPerResponse(diverseSubmissions(total, '00000000', spanish), { commit, fold });
    const writerFile = join(dir, 'writer.db');
    const writerClient = createClient({ url: `file:${writerFile}` });
    await migrate(writerClient);
    writerClient.close();
    const connection = preparedWriteConnection(writerFile, 20);
    const writer = groupCommitWriter(connection, {
      ...WRITER_OPTIONS,
      maxBatch: commit,
      foldAt: fold,
      foldAfterMs: 60_000,
    });
    const fresh = diverseSubmissions(total, '11111111', spanish);
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
