// The schema a fresh database gets, pinned: any change to what the
// migrations create (a table, an index, a trigger body) shows up here as a
// diff of the committed snapshot, never silently on somebody's database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { migrate } from '../../packages/server/src/db/schema/migrate.js';
import { openDatabase } from '../../packages/server/src/db/connection/open-database.js';
import { TWINNED_TABLES, verifiedTwin } from '../../packages/server/src/db/schema/verified-twin.js';

it('gives a fresh database exactly the committed schema', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mv-schema-'));
  try {
    const db = await openDatabase({ dbUrl: `file:${join(dir, 'fresh.db')}` });
    await migrate(db);
    const { rows } = await db.execute(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name",
    );
    db.close();
    const snapshot = rows
      .map(
        (row) => `-- ${String(row.type)} ${String(row.name)} on ${String(row.tbl_name)}\n${String(row.sql ?? '')};\n`,
      )
      .join('\n');
    await expect(snapshot).toMatchFileSnapshot('./schema-snapshot.sql');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('gives every twinned table a verified twin that is the same but for the names', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mv-twins-'));
  try {
    const db = await openDatabase({ dbUrl: `file:${join(dir, 'fresh.db')}` });
    await migrate(db);
    const { rows } = await db.execute(
      "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger')",
    );
    db.close();
    const sqlOf = new Map(rows.map((row) => [String(row.name), String(row.sql)]));
    const originals = [...sqlOf.keys()].filter((name) =>
      TWINNED_TABLES.some((table) => name === table || name.startsWith(`${table}_`)),
    );
    expect(originals.length).toBeGreaterThan(TWINNED_TABLES.length);
    for (const name of originals) {
      expect([name, sqlOf.get(`verified_${name}`)]).toEqual([name, verifiedTwin(sqlOf.get(name)!)]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
