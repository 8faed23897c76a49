// Every applied migration is recorded with the sha-256 of its file, and a
// file that changed after a database applied it is refused before anything
// is written; a database from before checksums opens and gets them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Client } from '@libsql/client';
import { ConfigError } from '../../packages/server/src/config/config-error.js';
import { migrate } from '../../packages/server/src/db/schema/migrate.js';
import { migrations } from '../../packages/server/src/db/schema/migrations.js';
import { openDatabase } from '../../packages/server/src/db/connection/open-database.js';

const dir = mkdtempSync(join(tmpdir(), 'mv-checksums-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const open = (name: string) => openDatabase({ dbUrl: `file:${join(dir, name)}` });
const ledger = async (db: Client) =>
  (await db.execute('SELECT version, name, checksum FROM schema_migrations ORDER BY version')).rows.map((row) => [
    ...Object.values(row),
  ]);
const schema = async (db: Client) =>
  (await db.execute('SELECT type, name, sql FROM sqlite_master ORDER BY type, name')).rows.map((row) => [
    ...Object.values(row),
  ]);

// schema_migrations as every release before checksums made it.
const BEFORE_CHECKSUMS = `CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      )`;

it('records the sha-256 of each migration file it applies', async () => {
  const db = await open('fresh.db');
  expect(await migrate(db)).toEqual(migrations.map((m) => m.version));
  expect(await ledger(db)).toEqual(migrations.map((m) => [m.version, m.name, m.checksum]));
  expect(migrations.map((m) => m.checksum)).toEqual(migrations.map(() => expect.stringMatching(/^[0-9a-f]{64}$/)));
  db.close();
});

it('refuses a migration whose file changed after the database applied it, and writes nothing', async () => {
  const db = await open('changed.db');
  await migrate(db);
  const before = await schema(db);
  const edited = migrations.map((m) =>
    m.version === 2
      ? { ...m, sql: `${m.sql}\nCREATE INDEX an_afterthought ON responses (page);\n`, checksum: 'f'.repeat(64) }
      : m,
  );
  const refusal = await migrate(db, { migrations: edited }).catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(ConfigError);
  expect((refusal as Error).message).toBe(
    `migration 2 "rollup cubes and indexes for fast staff queries" is not the one this database applied (sha-256 ffffffffffff, applied ${migrations[1]!.checksum.slice(0, 12)}); an applied migration never changes: restore its file or run the release that applied it`,
  );
  expect(await schema(db)).toEqual(before);
  db.close();
});

it('opens a database migrated before checksums were kept, records them, and then guards it like any other', async () => {
  const db = await open('before-checksums.db');
  await migrate(db);
  await db.execute(
    "INSERT INTO staff_tokens (name, role, token_hash, created_at) VALUES ('Ana', 'admin', 'h', '2026-12-01T00:00:00Z')",
  );
  // The layout the releases before checksums leave: the same tables, the ledger without its column.
  await db.execute('ALTER TABLE schema_migrations DROP COLUMN checksum');
  const ledgerSql = await db.execute("SELECT sql FROM sqlite_master WHERE name = 'schema_migrations'");
  expect(ledgerSql.rows[0]?.sql).toBe(BEFORE_CHECKSUMS);

  expect(await migrate(db)).toEqual([]);
  expect(await ledger(db)).toEqual(migrations.map((m) => [m.version, m.name, m.checksum]));
  const fresh = await open('fresh-to-compare.db');
  await migrate(fresh);
  expect(await schema(db)).toEqual(await schema(fresh));
  fresh.close();
  expect((await db.execute('SELECT name FROM staff_tokens')).rows.map((row) => row.name)).toEqual(['Ana']);

  const edited = migrations.map((m) => (m.version === 4 ? { ...m, checksum: '0'.repeat(64) } : m));
  await expect(migrate(db, { migrations: edited })).rejects.toThrow(
    /^migration 4 .* is not the one this database applied/,
  );
  db.close();
});
